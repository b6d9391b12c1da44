// A test-runner command that reads the whole accessibility tree Chromium builds for the page
// (CDP Accessibility.getFullAXTree, with nodes the "interesting only" snapshot leaves out, such as
// list items): how many nodes of each role it holds, and the text of its text nodes in order.
export function a11yTreePlugin() {
  return {
    name: 'parley-a11y-tree',
    async executeCommand({ command, session }) {
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
        return { roles, text };
      } finally {
        await cdp.detach();
      }
    },
  };
}
