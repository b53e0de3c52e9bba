/** The changelog with the section of `tag` put in place: replacing its earlier section, else above every other. */
export function placeSection(changelog: string, tag: string, section: string): string
