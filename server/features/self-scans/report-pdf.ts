import path from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'
import type { ScanReport } from '../../../domain/api/self-scans.ts'
import { formatDelta, formatScore } from '../../../domain/self-scans/format.ts'
import { PDF_TEXTS } from './pdf-texts.ts'

const FONTS = path.resolve(fileURLToPath(import.meta.url), '../../../assets/fonts')
const REGULAR = path.join(FONTS, 'DejaVuSans.ttf')
const BOLD = path.join(FONTS, 'DejaVuSans-Bold.ttf')

const INK = '#1a1a1a'
const MUTED = '#555555'
const BAR = '#1f5f8b'
const TARGET = '#b3401f'

/**
 * The report as an accessible PDF (tagged, with title and language) in DejaVu Sans, embedded,
 * so Dutch characters (ë, é, ï, €) print correctly on any machine. Same content as the web
 * report, in the reader's language, with its scores written by the same formatter; a summary
 * share leaves out what the web leaves out. A manager or coach reads about the owner by name.
 *
 * @example const pdf = await renderReportPdf(report, 'nl') // Buffer starting with %PDF
 */
export function renderReportPdf(
  report: ScanReport,
  locale: 'nl' | 'en',
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const t = PDF_TEXTS[locale]
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
      new Date(iso),
    )
  const voice = t.voice(report.owner.name, report.owner.mine)
  const number = (n: number | null) => (n === null ? t.none : formatScore(n, locale))
  const signed = (n: number | null) => (n === null ? '—' : formatDelta(n, locale))
  const levelLabel = (value: number | null) =>
    report.scale.levels.find((l) => l.value === value)?.label[locale] ?? t.none

  const doc = new PDFDocument({
    size: 'A4',
    // Tests switch compression off to read the text mapping; readers always get it compressed.
    compress: options.compress ?? true,
    margin: 56,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    info: {
      Title: `${t.title}: ${report.scan.map.title}`,
      Author: report.owner.name,
      Creator: 'Routekaart',
    },
  })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const heading = (text: string, size = 14) => {
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor(INK).text(text)
    doc.moveDown(0.3).font('regular').fontSize(10)
  }
  const para = (text: string, color = INK) =>
    doc.font('regular').fontSize(10).fillColor(color).text(text)
  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
  }

  // Title block.
  doc.font('bold').fontSize(20).fillColor(INK).text(`${t.title}: ${report.scan.map.title}`)
  doc.moveDown(0.3)
  para(`${t.person}: ${report.owner.name}`, MUTED)
  para(
    `${t.mapVersion(report.scan.version.number)} · ${t.submitted} ${date(report.scan.submittedAt)}`,
    MUTED,
  )
  if (report.scope === 'summary') {
    doc.moveDown(0.5)
    para(t.summaryNote)
  }

  // Scale and aim.
  heading(t.scale, 12)
  for (const level of report.scale.levels) {
    doc
      .font(level.value === report.target ? 'bold' : 'regular')
      .fontSize(9)
      .fillColor(INK)
    doc.text(`${level.value}  ${level.label[locale]} — ${level.anchor[locale]}`)
  }
  doc.moveDown(0.3)
  const stage = report.targetStage ? `, ${t.stage[report.targetStage]}` : ''
  para(`${t.target}: ${report.target} (${levelLabel(report.target)}${stage})`)
  para(voice.overall(number(report.overall.mean), report.target))

  // Scores per domain and theme, with a bar against the aimed level.
  const maxValue = report.scale.levels[report.scale.levels.length - 1]!.value
  const themeChange = new Map((report.change?.themes ?? []).map((c) => [c.id, c.delta]))
  for (const domain of report.domains) {
    heading(`${domain.title} — ${t.score} ${number(domain.mean)}`)
    for (const theme of domain.themes) {
      ensureRoom(46)
      const top = doc.y
      doc
        .font('bold')
        .fontSize(10)
        .fillColor(INK)
        .text(theme.title, { width: width * 0.6 })
      const detail = [
        `${t.score} ${number(theme.mean)}`,
        `${t.gap} ${number(theme.gap)}`,
        ...(theme.notApplicable > 0 ? [t.notApplicableCount(theme.notApplicable)] : []),
        ...(report.change ? [`${t.change} ${signed(themeChange.get(theme.id) ?? null)}`] : []),
      ].join(' · ')
      para(detail, MUTED)
      const barX = doc.page.margins.left + width * 0.65
      const barWidth = width * 0.35
      const barY = top + 4
      doc.rect(barX, barY, barWidth, 8).fillColor('#e6e6e6').fill()
      if (theme.mean !== null)
        doc
          .rect(barX, barY, (barWidth * theme.mean) / maxValue, 8)
          .fillColor(BAR)
          .fill()
      const targetX = barX + (barWidth * report.target) / maxValue
      doc
        .moveTo(targetX, barY - 3)
        .lineTo(targetX, barY + 11)
        .lineWidth(1.5)
        .strokeColor(TARGET)
        .stroke()
      doc.fillColor(INK)
      if (theme.note) para(`${t.note}: ${theme.note}`)
      doc.moveDown(0.4)
    }
  }

  // The points the person chose come first and apart; the others below the aim follow.
  const chosen = report.developmentPoints.filter((point) => point.develop)
  const others = report.developmentPoints.filter((point) => !point.develop)
  const pointLine = (point: ScanReport['developmentPoints'][number]) => {
    ensureRoom(30)
    const marks = [
      // The way to the aim only where there is one: a chosen point may already be at it.
      ...(point.level === null
        ? []
        : [`${t.level} ${point.level}${point.level < report.target ? ` → ${report.target}` : ''}`]),
      ...(point.importance ? [t.importance[point.importance]] : []),
    ].join(' · ')
    doc.font('regular').fontSize(10).fillColor(INK).text(`• ${point.title}`, { indent: 0 })
    para(`  ${point.themeTitle}${marks ? ` · ${marks}` : ''}`, MUTED)
  }
  heading(t.developmentPoints)
  // A summary holds the chosen points only: "nothing below the aim" cannot be said from it.
  if (report.scope === 'full' && report.developmentPoints.length === 0) para(t.noDevelopmentPoints)
  else {
    if (report.scope === 'full') para(voice.rule, MUTED)
    heading(voice.chosen, 11)
    if (chosen.length === 0) para(voice.noneChosen)
    for (const point of chosen) pointLine(point)
    if (others.length > 0) {
      heading(t.others, 11)
      for (const point of others) pointLine(point)
    }
  }

  if (report.scope === 'full') {
    heading(t.strengths)
    if (report.strengths.length === 0) para(t.noStrengths)
    for (const point of report.strengths) para(`• ${point.title} (${t.level} ${point.level})`)
  }

  if (report.change) {
    heading(t.previous(date(report.change.previous.submittedAt)), 12)
    para(
      `${t.overallChange}: ${number(report.change.overall.before)} → ${number(report.change.overall.after)} (${signed(report.change.overall.delta)})`,
    )
    for (const change of report.change.themes)
      para(
        `${change.title}: ${number(change.before)} → ${number(change.after)} (${signed(change.delta)})`,
      )
  }

  if (report.scope === 'full') {
    heading(t.answers, 12)
    for (const domain of report.domains)
      for (const theme of domain.themes) {
        ensureRoom(40)
        doc.moveDown(0.3).font('bold').fontSize(10).fillColor(INK).text(theme.title)
        for (const objective of theme.objectives ?? []) {
          ensureRoom(24)
          const answer = objective.notApplicable
            ? t.notApplicable
            : `${objective.level ?? '—'} ${levelLabel(objective.level)}`
          doc
            .font('regular')
            .fontSize(9)
            .fillColor(INK)
            .text(`${objective.title}`, { continued: false })
          para(`   ${answer}${objective.develop ? ` · ${voice.wantsToDevelop}` : ''}`, MUTED)
        }
      }
  }

  // Footer on every page.
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Writing inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const bottom = doc.page.height - margin + 16
    doc.font('regular').fontSize(8).fillColor(MUTED)
    doc.text(voice.footer(date(new Date().toISOString())), doc.page.margins.left, bottom, {
      width: width * 0.8,
      lineBreak: false,
    })
    doc.text(t.page(i + 1, range.count), doc.page.margins.left, bottom, {
      width,
      align: 'right',
      lineBreak: false,
    })
    doc.page.margins.bottom = margin
  }
  doc.end()
  return done
}
