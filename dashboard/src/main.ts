/**
 * The dashboard's shell: hash routes (#/map, #/province/<slug>, #/article/<id>, #/ingestions), the API key
 * form (the key is kept in this browser's localStorage only), and a clear message for whatever fails.
 */
import { ApiError, forgetKey, storedKey, storeKey } from './api.js';
import { h, message } from './dom.js';
import { articleView } from './views/article.js';
import { ingestionsView } from './views/ingestions.js';
import { mapView } from './views/map.js';
import { provinceView } from './views/province.js';
import type { View } from './views/view.js';

const ROUTES: Record<string, View> = {
  map: mapView,
  province: provinceView,
  article: articleView,
  ingestions: ingestionsView,
};

const main = document.querySelector('main')!;

function keyForm(reason?: string): HTMLElement {
  const input = h('input', {
    type: 'password',
    name: 'apiKey',
    autocomplete: 'off',
    required: true,
    size: 40,
    placeholder: 'x-api-key',
  });
  return h(
    'form',
    {
      class: 'key-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        storeKey(input.value);
        void render();
      },
    },
    h('h1', {}, 'API key'),
    reason ? h('p', { class: 'message error', role: 'alert' }, reason) : null,
    h(
      'p',
      {},
      'Enter the API key once; it is kept in this browser only (localStorage), never in the dashboard’s files. `npm start` prints it; on AWS: aws apigateway get-api-key --api-key <ApiKeyId> --include-value.',
    ),
    h('label', {}, 'API key ', input),
    h('button', { type: 'submit' }, 'Save'),
  );
}

let generation = 0;
export async function render(): Promise<void> {
  const mine = ++generation;
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = 'map', ...rest] = path.split('/').filter(Boolean);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]'))
    link.classList.toggle('active', link.dataset.view === name);
  if (!storedKey()) {
    main.replaceChildren(keyForm());
    return;
  }
  const view = ROUTES[name];
  if (!view) {
    main.replaceChildren(message('error', 'Unknown page', `There is no view “${name}”. Try the map.`));
    return;
  }
  main.setAttribute('aria-busy', 'true');
  try {
    const el = await view(new URLSearchParams(search), ...rest.map(decodeURIComponent));
    if (mine === generation) main.replaceChildren(el);
  } catch (error) {
    if (mine !== generation) return;
    if (error instanceof ApiError && error.status === 403) {
      forgetKey();
      main.replaceChildren(keyForm(`The API refused the key (${error.message}). Enter it again.`));
    } else {
      const detail =
        error instanceof ApiError ? `${error.status}: ${error.message}` : (error as Error).message;
      main.replaceChildren(message('error', 'The API could not answer', detail));
    }
  } finally {
    if (mine === generation) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset.view = name;
    }
  }
}

document.querySelector('#forget-key')?.addEventListener('click', () => {
  forgetKey();
  void render();
});
window.addEventListener('hashchange', () => void render());
void render();
