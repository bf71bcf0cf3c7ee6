/**
 * Type tests of the typed client, checked by the console's `tsc` (never bundled: nothing imports
 * this file). Each `@ts-expect-error` is a mistake the build must refuse; if the client stopped
 * refusing it, the unused directive would fail the build instead.
 */
import { api, type Need, type Output } from '.';

const need: Parameters<typeof api.post<'/needs'>>[1] = {
  body: {
    communityId: 'c',
    title: 'Elderly meals',
    category: 'elderly_care',
    quantity: { amount: 10, unit: 'person_hours' },
    window: { from: '2026-01-01', to: '2026-02-01' },
    urgency: 'normal',
  },
};

export async function refusedByTheBuild(id: string): Promise<Need> {
  await api.post('/needs', need);
  // @ts-expect-error a field the document does not declare
  await api.post('/needs', { body: { ...need.body, titel: 'x' } });
  // @ts-expect-error a required field missing
  await api.post('/needs', { body: { ...need.body, title: undefined } });
  // @ts-expect-error a code that is not in the document's list
  await api.post('/needs', { body: { ...need.body, urgency: 'urgent' } });
  // @ts-expect-error a route the document does not have
  await api.get('/need/{id}', { path: { id } });
  // @ts-expect-error a method the route does not answer
  await api.delete('/needs/{id}', { path: { id } });
  // @ts-expect-error the path parameter missing
  await api.get('/needs/{id}');
  // @ts-expect-error a query field the route does not take
  await api.get('/needs', { query: { colour: 'red' } });
  // the answer is typed by the document
  return api.get('/needs/{id}', { path: { id } });
}

/** Every answer the console reads is typed by the document: none is `unknown`. */
type Typed<T> = unknown extends T ? never : true;
export const answersAreTyped: [Typed<Output<'get', '/needs/{id}'>>, Typed<Output<'get', '/matching/summary'>>] = [
  true,
  true,
];
