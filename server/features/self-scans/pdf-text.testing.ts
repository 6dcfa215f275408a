/**
 * Test helper: the text of an uncompressed PDF as PDFKit writes it (embedded subset fonts,
 * glyph ids in hex, one ToUnicode CMap per font), read back through those CMaps — so a test
 * can compare the numbers in the PDF with the web's. Lines come out in drawing order.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const objects = new Map<string, string>()
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g))
    objects.set(match[1]!, match[2]!)

  const cmaps = new Map<string, Map<number, string>>()
  const cmapOf = (objectNumber: string) => {
    const known = cmaps.get(objectNumber)
    if (known) return known
    const map = new Map<number, string>()
    const body = objects.get(objectNumber) ?? ''
    const hex = (h: string) => Number.parseInt(h, 16)
    const chars = (h: string) =>
      String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((unit) => hex(unit)))
    for (const [, from, , list] of body.matchAll(/<(\w+)> <(\w+)> \[([^\]]*)\]/g)) {
      const targets = [...list!.matchAll(/<(\w+)>/g)].map((m) => chars(m[1]!))
      for (const [i, target] of targets.entries()) map.set(hex(from!) + i, target)
    }
    for (const [, glyph, target] of body.matchAll(/^<(\w{4})> <(\w+)>$/gm))
      map.set(hex(glyph!), chars(target!))
    cmaps.set(objectNumber, map)
    return map
  }

  // Font resource name (/F1) → the font object → its ToUnicode CMap.
  const fonts = new Map<string, Map<number, string>>()
  for (const [, name, objectNumber] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = objects.get(objectNumber!)?.match(/\/ToUnicode (\d+) 0 R/)?.[1]
    if (toUnicode) fonts.set(name!, cmapOf(toUnicode))
  }

  const lines: string[] = []
  let current = new Map<number, string>()
  for (const [, font, array] of raw.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (font) {
      current = fonts.get(font) ?? new Map()
      continue
    }
    const text = [...array!.matchAll(/<(\w+)>/g)]
      .flatMap((m) => m[1]!.match(/.{4}/g) ?? [])
      .map((unit) => current.get(Number.parseInt(unit, 16)) ?? '')
      .join('')
    lines.push(text)
  }
  return lines
}
