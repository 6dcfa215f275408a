import type http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../tests/harness.ts'
import { settledTreeJson } from './features/knowledge-maps/tree-cache.ts'
import { listen } from './http.ts'

let ctx: TestContext
let server: http.Server
let base: string
beforeAll(async () => {
  ctx = await createTestContext()
  server = await listen(ctx.app.fetch, ctx.services, 0, '127.0.0.1')
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await ctx.close()
})

const headersOf = (response: Response) =>
  Object.fromEntries(
    [...response.headers].filter(
      ([name]) => name !== 'date' && name !== 'keep-alive' && name !== 'connection',
    ),
  )

describe('the HTTP listener', () => {
  it('answers an anonymous read of a loaded map from the cache exactly as the app does', async () => {
    const url = `${base}/api/knowledge-maps/toezicht-en-advies`
    const first = await fetch(url) // through the app: loads the tree
    const firstBody = await first.text()
    // Loaded and cached: the next read can skip the framework.
    expect(settledTreeJson(ctx.db, 'toezicht-en-advies')).toBe(firstBody)
    const second = await fetch(url) // the fast path
    expect(second.status).toBe(200)
    expect(await second.text()).toBe(firstBody)
    expect(headersOf(second)).toEqual(headersOf(first))
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('cache-control')).toBe('no-store')
    // A numbered version too, and an unknown map still answers 404 from the app.
    expect((await fetch(`${url}/versions/1`)).status).toBe(200)
    expect((await fetch(`${url}/versions/1`)).status).toBe(200)
    expect((await fetch(`${base}/api/knowledge-maps/bestaat-niet`)).status).toBe(404)
  })

  it('leaves a signed-in reader to the app, and serves the new tree after a write', async () => {
    const editor = await ctx.signedIn(['programme'])
    const url = `${base}/api/knowledge-maps/toezicht-en-advies`
    await fetch(url)
    // The programme team is told whether a draft exists: that answer is not the cached one.
    const asEditor = await fetch(url, { headers: { cookie: editor.client.cookie! } })
    expect((await asEditor.json()).map.hasDraft).toBe(false)
    // Publishing a new version forgets the cached tree: the next read has version 2.
    await editor.client.post('/api/knowledge-maps/toezicht-en-advies/draft')
    await editor.client.post('/api/knowledge-maps/toezicht-en-advies/draft/nodes', {
      kind: 'objective',
      parentId: (await (await fetch(url)).json()).domains[0].themes[0].id,
      title: 'Een nieuw leerdoel',
    })
    await editor.client.post('/api/knowledge-maps/toezicht-en-advies/draft/publish', {})
    const after = await (await fetch(url)).json()
    expect(after.version.number).toBe(2)
    expect((await (await fetch(url)).json()).version.number).toBe(2)
  })
})
