import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { defineAsyncComponent, nextTick, onMounted } from 'vue'

// The default theme's search button is named "Search" by an aria-label
// while it shows "Search" and a "Ctrl K" key hint, which axe reports as a
// serious label/content mismatch (WCAG 2.5.3). Naming it by its text, with
// the hint hidden from assistive tech and the shortcut declared instead,
// keeps what sighted and screen-reader users get in step.
function nameSearchButtonByItsText() {
  const button = document.querySelector('.DocSearch-Button')
  if (!button) return
  button.removeAttribute('aria-label')
  button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K')
  button.querySelector('.DocSearch-Button-Keys')?.setAttribute('aria-hidden', 'true')
}

// The playground (editors, calendar, engine) is loaded only by the page that
// shows it, so the guides stay light.
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component(
      'SnackplanPlayground',
      defineAsyncComponent(() => import('../../playground/Playground.vue')),
    )
  },
  setup() {
    onMounted(() => nextTick(nameSearchButtonByItsText))
  },
}

export default theme
