/** The session-video pages' texts, merged into the app's messages by the i18n provider. */
export const videoMessages = {
  resources: {
    videos: {
      name: 'Session video |||| Session videos',
      page: { create: 'New session video', edit: '“%{recordRepresentation}”' },
      fields: {
        q: 'Search key or title',
        key: 'Key',
        session: 'Session',
        kind: 'Place',
        title: 'Title',
        url: 'Video address',
        durationSeconds: 'Length',
        captionsUrl: 'Captions',
        updatedAt: 'Changed',
      },
      message: {
        delete_title: 'Delete “%{recordRepresentation}”?',
        delete_content:
          'Clients who reach this point of the programme will go on without a video. You can add one again later.',
      },
      notifications: { deleted: 'Video deleted' },
    },
  },
  devcoach: {
    videos: {
      session: {
        welcome: 'Welcome',
        get_to_know: 'Getting to know you',
        brainstorming: 'Brainstorming',
        refinement: 'Refinement',
        commitment: 'Commitment',
        i_am: '“I am” statements',
        visualization: 'Visualisation',
      },
      kind: { intro: 'Opens the session', outro: 'Closes the session' },
      kind_help: 'Each session has at most one opening and one closing video.',
      key_help: 'Lower-case letters, digits and _; fixed once saved.',
      key_invalid: 'Use lower-case letters, digits and _ only',
      url_help: 'A full https:// address, or a file name under the server’s video folder.',
      url_invalid: 'Give an http(s) address or a plain file name (no “..”)',
      captions_help: 'A WebVTT (.vtt) file, same rules as the video address. Leave empty for none.',
      has_captions: 'Yes',
      no_captions: 'None',
      preview: 'Preview',
      preview_label: 'Preview of “%{title}”',
    },
  },
};
