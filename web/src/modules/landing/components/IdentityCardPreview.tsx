/** A decorative example of the identity cards people build with their coach. */
export function IdentityCardPreview() {
  return (
    <figure aria-label="Example identity card" className="relative mx-auto w-full max-w-sm">
      <div
        aria-hidden="true"
        className="absolute inset-0 translate-x-3 translate-y-3 rotate-2 rounded-3xl bg-brand-100"
      />
      <div className="relative rounded-3xl border border-line bg-white p-7 shadow-[0_10px_30px_-12px_rgb(31_42_46/0.25)]">
        <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">Identity card</p>
        <blockquote className="mt-4 font-serif text-2xl leading-snug text-ink">
          “I’m someone who makes time to learn, even when the week is full.”
        </blockquote>
        <figcaption className="mt-6 border-t border-line/80 pt-4 text-sm leading-relaxed text-ink-soft">
          <span className="font-medium text-ink">Small proof this week:</span> twenty minutes of reading
          before standup, three mornings out of five.
        </figcaption>
      </div>
    </figure>
  );
}
