/** The map's DOM helpers. */

/** A finder of the elements the page must have: a missing one is a build bug, said by its selector. */
export const required = (root: ParentNode, who: string) => <T extends Element>(sel: string): T => {
  const found = root.querySelector<T>(sel);
  if (!found) throw new Error(`${who}: missing ${sel}`);
  return found;
};
