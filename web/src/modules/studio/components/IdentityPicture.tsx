export interface IdentityPictureProps {
  /** The kept picture's address (see useSavedPictures). */
  url: string;
  /** The identity it shows the client living. */
  name: string;
  /** Its size and corner radius, which differ between a card and a list. */
  className: string;
}

/** An identity's kept studio picture, wherever an identity is listed. */
export function IdentityPicture({ url, name, className }: IdentityPictureProps) {
  return (
    <img
      src={url}
      alt={`You as ${name}, from your studio`}
      loading="lazy"
      className={`shrink-0 border border-line/70 bg-paper-deep object-cover ${className}`}
    />
  );
}
