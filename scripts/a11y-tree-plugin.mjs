// A test-runner command that reads the whole accessibility tree Chromium builds for the page
// (CDP Accessibility.getFullAXTree, with nodes the "interesting only" snapshot leaves out, such as
// list items): how many nodes of each role it holds, and the text of its text nodes in order.
// With `{ outline: true }` it also gives the tree itself, as assistive technology walks it: each
// node that is not ignored with its role, name, heading level and children (an ignored node's
// children take its place).
export function a11yTreePlugin() {
  return {
    name: 'parley-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`a11y-tree needs Chromium through puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = typeof page.createCDPSession === 'function' ? await page.createCDPSession() : await page.target().createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const roles = {};
        const text = [];
        for (const node of nodes) {
          if (node.ignored) continue;
          const role = node.role?.value ?? '';
          roles[role] = (roles[role] ?? 0) + 1;
          if (role === 'StaticText' && node.name?.value) text.push(node.name.value);
        }
        return payload?.outline ? { roles, text, tree: outline(nodes) } : { roles, text };
      } finally {
        await cdp.detach();
      }
    },
  };
}

/** The tree of the nodes that are not ignored, from the root of the flat CDP list. */
function outline(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const children = (node) => (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? shape(child) : [];
  });
  const shape = (node) => {
    if (node.ignored) return children(node);
    const out = { role: node.role?.value ?? '', name: node.name?.value ?? '', children: children(node) };
    const level = node.properties?.find((p) => p.name === 'level')?.value?.value;
    if (level !== undefined) out.level = level;
    return [out];
  };
  const root = nodes.find((n) => !n.parentId) ?? nodes[0];
  return root ? shape(root)[0] ?? null : null;
}
