// What marks a line as page furniture, not article text: the labels that open links to other pages
// ("READ MORE: …", "WATCH: …") and the markers of photo captions ("(Photo: …)", "Image caption").
// Quoted words on such a line are the page's, not a speaker's.

/** Labels that open a line linking elsewhere, before a colon (any case): "READ MORE:", "Watch:". */
export const LINK_LABELS: readonly string[] = [
  'read more', 'more', 'read', 'also read', 'read also', 'see also', 'related', 'recommended', 'trending', 'most read',
  'watch', 'watch more', 'listen', 'video', 'videos', 'gallery', 'photos', 'in pictures', 'pictured',
  'sign up', 'subscribe', 'click here', 'don\'t miss', 'more on this story',
];

/** Words that open a caption or a picture credit: "Photo: PA", "Image caption: …". */
export const CAPTION_LABELS: readonly string[] = [
  'photo:', 'photograph:', 'picture:', 'pictures:', 'image:', 'pictured:', 'caption:', 'credit:', 'image caption', 'image source', 'image copyright',
];

/** Words that mark a caption or a picture credit anywhere on its line: "… on Monday (Photo: PA)". */
export const CAPTION_MARKERS: readonly string[] = ['(photo', '(picture', '(image', '(credit', 'ap photo', 'photo credit', 'getty images', 'pa media', 'pa wire'];

/** Where a line invites the reader to follow someone: "Follow Jane Doe on Twitter @janedoe". */
export const SOCIAL_NETWORKS: readonly string[] = ['twitter', 'x', 'facebook', 'instagram', 'threads', 'tiktok', 'bluesky', 'linkedin'];
