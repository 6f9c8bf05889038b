import Foundation
import LedeCore
import LedeCorpus
import LedeHost
import LedeKit

/// Writes a report as one self-contained HTML file: inline CSS, SVG and script, nothing fetched
/// (a Content-Security-Policy forbids it). Every chart has a table or text beside it that says the
/// same, the page works from the keyboard, colours come from the Okabe–Ito palette (readable with
/// colour blindness) and each also differs by a dash or a label, and it prints.
struct ReportWriter {
    let data: ReportData
    let title: String
    /// Articles per page of the article list.
    static let pageSize = 50

    func html() -> String {
        var out = ""
        out.reserveCapacity(64 * 1024 + data.articles.count * 6 * 1024)
        out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"lede \(LedeVersion.current)\">\n"
        out += "<title>\(Self.escape(title))</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
        out += "<header><h1>\(Self.escape(title))</h1>\n<p>\(summaryLine())</p>\n"
        out += "<nav aria-label=\"Sections\"><a href=\"#network\">Stance network</a> · <a href=\"#quoted\">Who is quoted</a> · <a href=\"#timeline\">Timeline</a> · <a href=\"#tone\">Tone</a> · <a href=\"#articles\">Articles</a></nav></header>\n<main>\n"
        network(&out)
        quoted(&out)
        timeline(&out)
        tone(&out)
        articles(&out)
        out += "</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    func summaryLine() -> String {
        let days = data.articles.compactMap(\.day).sorted()
        var line = "\(data.articles.count) article\(data.articles.count == 1 ? "" : "s")"
        if let first = days.first, let last = days.last { line += first == last ? ", \(first)" : ", \(first) to \(last)" }
        line += "; \(data.mentionCounts.count) entities, \(data.ties.count) stance ties, "
        line += "\(data.speakers.reduce(0) { $0 + $1.quotes }) attributed quotes."
        return Self.escape(line)
    }

    // MARK: - The stance network

    func network(_ out: inout String) {
        out += "<section id=\"network\" aria-labelledby=\"network-h\"><h2 id=\"network-h\">Stance network</h2>\n"
        let actors = data.actors()
        guard !actors.isEmpty else {
            out += "<p>No actor takes a stance toward another in these articles.</p></section>\n"
            return
        }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1, $0) })
        let ties = data.ties.filter { index[$0.source] != nil && index[$0.target] != nil }
        let (width, height) = (880.0, 560.0)
        let points = NetworkLayout.layout(
            nodes: actors, edges: ties.map { (index[$0.source]!, index[$0.target]!) }, width: width, height: height, margin: 70)
        let maxMentions = Double(actors.map { data.mentionCounts[$0] ?? 1 }.max() ?? 1)
        let description = "\(actors.count) actors and \(ties.count) stance ties. " + ties.prefix(12).map {
            "\($0.source) toward \($0.target): \($0.polarity) (\($0.count))"
        }.joined(separator: "; ") + (ties.count > 12 ? "; the table below lists all." : ".")
        out += "<figure><svg class=\"network\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"network-t network-d\">"
        out += "<title id=\"network-t\">Who is for or against whom</title><desc id=\"network-d\">\(Self.escape(description))</desc>\n"
        out += "<defs>"
        for polarity in ["positive", "negative", "mixed"] {
            out += "<marker id=\"arrow-\(polarity)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"11\" markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"head \(polarity)\"/></marker>"
        }
        out += "</defs>\n"
        let radius = { (name: String) -> Double in 8 + 14 * (Double(self.data.mentionCounts[name] ?? 1) / maxMentions).squareRoot() }
        // Labels first, then arrows, then circles: an arrow head is never hidden under a name.
        for (i, actor) in actors.enumerated() {
            let p = points[i]
            out += "<text class=\"label\" x=\"\(Self.f(p.x))\" y=\"\(Self.f(p.y + radius(actor) + 13))\" aria-hidden=\"true\">\(Self.escape(actor))</text>\n"
        }
        let pairs = Set(ties.map { $0.source + "\u{1F}" + $0.target })
        for (number, tie) in ties.enumerated() {
            let a = points[index[tie.source]!]
            let b = points[index[tie.target]!]
            // The line stops at the target's edge so the arrow head shows; a tie with one the
            // other way bends to its left, so the two stay apart.
            let dx = b.x - a.x
            let dy = b.y - a.y
            let length = max(1, (dx * dx + dy * dy).squareRoot())
            let bend = pairs.contains(tie.target + "\u{1F}" + tie.source) ? 28.0 : 0
            let control = (x: (a.x + b.x) / 2 + dy / length * bend, y: (a.y + b.y) / 2 - dx / length * bend)
            let cx = b.x - control.x
            let cy = b.y - control.y
            let towards = max(1, (cx * cx + cy * cy).squareRoot())
            let end = (x: b.x - cx / towards * (radius(tie.target) + 3), y: b.y - cy / towards * (radius(tie.target) + 3))
            let widthStroke = 1.5 + min(4, log2(Double(max(1, tie.count))))
            let label = "\(tie.source) toward \(tie.target): \(tie.polarity), \(tie.count) time\(tie.count == 1 ? "" : "s")"
            let path = "M\(Self.f(a.x)),\(Self.f(a.y)) Q\(Self.f(control.x)),\(Self.f(control.y)) \(Self.f(end.x)),\(Self.f(end.y))"
            out += "<path class=\"edge \(tie.polarity)\" data-tie=\"\(number)\" data-source=\"\(Self.escape(tie.source))\" data-target=\"\(Self.escape(tie.target))\" tabindex=\"0\" role=\"button\" aria-label=\"\(Self.escape(label))\" d=\"\(path)\" fill=\"none\" stroke-width=\"\(Self.f(widthStroke))\" marker-end=\"url(#arrow-\(tie.polarity))\"><title>\(Self.escape(label))</title></path>\n"
        }
        for (i, actor) in actors.enumerated() {
            let p = points[i]
            let mentions = data.mentionCounts[actor] ?? 0
            let label = data.labels[actor] ?? "MISC"
            out += "<g class=\"node \(label.lowercased())\" data-actor=\"\(Self.escape(actor))\" tabindex=\"0\" role=\"button\" aria-label=\"\(Self.escape("\(actor), \(mentions) mentions"))\">"
            out += "<circle cx=\"\(Self.f(p.x))\" cy=\"\(Self.f(p.y))\" r=\"\(Self.f(radius(actor)))\"/>"
            out += "<title>\(Self.escape("\(actor): \(mentions) mentions"))</title></g>\n"
        }
        out += "</svg>\n<figcaption>Circles are actors, sized by mentions; arrows run from who takes a stance to whom it is about: "
        out += "<span class=\"key positive\">blue, solid: positive</span>, <span class=\"key negative\">vermilion, dashed: negative</span>, "
        out += "<span class=\"key mixed\">grey, dotted: mixed</span>; thicker means more often. Select an actor or an arrow (click, or Tab and Enter) for the evidence.</figcaption></figure>\n"
        out += "<div id=\"evidence\" class=\"evidence\" aria-live=\"polite\"><p>Select an actor or an arrow to read the sentences behind it.</p></div>\n"
        out += "<table class=\"ties\"><caption>Every stance tie, with its evidence</caption><thead><tr><th scope=\"col\">From</th><th scope=\"col\">Toward</th><th scope=\"col\">Polarity</th><th scope=\"col\">Times</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n"
        for (number, tie) in ties.enumerated() {
            out += "<tr id=\"tie-\(number)\"><td>\(Self.escape(tie.source))</td><td>\(Self.escape(tie.target))</td><td>\(tie.polarity)</td><td class=\"n\">\(tie.count)</td><td>"
            out += tie.evidence.map { "<span class=\"ev\">\(Self.escape($0.text))</span> <span class=\"src\">(article \(Self.escape($0.article)))</span>" }.joined(separator: "<br>")
            out += "</td></tr>\n"
        }
        out += "</tbody></table></section>\n"
    }

    // MARK: - Who is quoted

    func quoted(_ out: inout String) {
        out += "<section id=\"quoted\" aria-labelledby=\"quoted-h\"><h2 id=\"quoted-h\">Who is quoted</h2>\n"
        let speakers = Array(data.speakers.prefix(20))
        guard let top = speakers.first else {
            out += "<p>No attributed quotes.</p></section>\n"
            return
        }
        out += "<table class=\"bars\"><caption>Speakers by number of quotes (the \(speakers.count) most quoted)</caption><thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Quotes</th><th scope=\"col\">Words</th><th scope=\"col\"><span class=\"sr\">Share</span></th></tr></thead><tbody>\n"
        for speaker in speakers {
            let share = Double(speaker.quotes) / Double(top.quotes) * 100
            out += "<tr data-speaker=\"\(Self.escape(speaker.name))\"><th scope=\"row\">\(Self.escape(speaker.name))</th><td class=\"n\">\(speaker.quotes)</td><td class=\"n\">\(speaker.words)</td>"
            out += "<td class=\"bar\" aria-hidden=\"true\"><span style=\"width:\(Self.f(share))%\"></span></td></tr>\n"
        }
        out += "</tbody></table></section>\n"
    }

    // MARK: - Timeline

    func timeline(_ out: inout String) {
        out += "<section id=\"timeline\" aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline</h2>\n"
        let dated = data.articles.filter { $0.day != nil }
        let main = data.mentionCounts.filter { data.labels[$0.key] == "PERSON" || data.labels[$0.key] == "ORG" }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key)
        guard dated.count > 0, !main.isEmpty else {
            out += "<p>No dated articles name a person or organisation.</p></section>\n"
            return
        }
        let days = dated.compactMap(\.day).sorted()
        let span = days.count > 1 ? (CorpusDate.ordinal(days.last!) ?? 0) - (CorpusDate.ordinal(days.first!) ?? 0) : 0
        let unit = span > 120 ? "month" : span > 21 ? "week" : "day"
        func period(_ day: String) -> String {
            switch unit {
            case "month": return String(day.prefix(7))
            case "week": return CorpusDate.weekStart(day) ?? day
            default: return day
            }
        }
        let periods = Array(Set(dated.compactMap { $0.day.map(period) })).sorted()
        out += "<p>Mentions and quotes of the five most mentioned people and organisations, by \(unit) of the articles' dates.</p>\n"
        out += "<table class=\"timeline\"><caption>Mentions (quotes in brackets) by \(unit)</caption><thead><tr><th scope=\"col\">Actor</th>"
        for p in periods { out += "<th scope=\"col\">\(Self.escape(p))</th>" }
        out += "<th scope=\"col\">Trend</th></tr></thead><tbody>\n"
        for actor in main {
            var mentions = [Int](repeating: 0, count: periods.count)
            var quotes = [Int](repeating: 0, count: periods.count)
            for view in dated {
                guard let day = view.day, let column = periods.firstIndex(of: period(day)) else { continue }
                mentions[column] += view.mentions.filter { $0.entity == actor }.count
                quotes[column] += view.quotes.filter { $0.speaker == actor }.count
            }
            out += "<tr><th scope=\"row\">\(Self.escape(actor))</th>"
            for k in periods.indices { out += "<td class=\"n\">\(mentions[k])\(quotes[k] > 0 ? " (\(quotes[k]))" : "")</td>" }
            out += "<td>\(sparkline(mentions, label: "\(actor), mentions by \(unit)"))</td></tr>\n"
        }
        out += "</tbody></table></section>\n"
    }

    /// A small bar chart in SVG, its numbers in its text alternative.
    func sparkline(_ values: [Int], label: String) -> String {
        let top = max(1, values.max() ?? 1)
        let barWidth = 8.0
        var svg = "<svg class=\"spark\" width=\"\(Int(Double(values.count) * barWidth + 2))\" height=\"24\" role=\"img\" aria-label=\"\(Self.escape(label + ": " + values.map(String.init).joined(separator: ", ")))\">"
        for (i, value) in values.enumerated() where value > 0 {
            let h = 22.0 * Double(value) / Double(top)
            svg += "<rect x=\"\(Self.f(1 + Double(i) * barWidth))\" y=\"\(Self.f(23 - h))\" width=\"\(Self.f(barWidth - 2))\" height=\"\(Self.f(h))\"/>"
        }
        return svg + "</svg>"
    }

    // MARK: - Tone

    func tone(_ out: inout String) {
        out += "<section id=\"tone\" aria-labelledby=\"tone-h\"><h2 id=\"tone-h\">Tone</h2>\n"
        let tones = Array(data.tones.prefix(20))
        guard !tones.isEmpty else {
            out += "<p>No actor's treatment could be read.</p></section>\n"
            return
        }
        out += "<p>How the sentences naming each actor read, in the author's own voice and in the voices the articles quote.</p>\n"
        out += "<table class=\"tone\"><caption>Sentences about each actor: negative, neutral, positive</caption><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Author's voice</th><th scope=\"col\">Quoted voices</th></tr></thead><tbody>\n"
        for tone in tones {
            out += "<tr><th scope=\"row\">\(Self.escape(tone.entity))</th><td>\(stack(tone.author))</td><td>\(stack(tone.quoted))</td></tr>\n"
        }
        out += "</tbody></table></section>\n"
    }

    /// Negative, neutral and positive counts as a stacked bar with its numbers written out.
    func stack(_ counts: [Int]) -> String {
        let total = max(1, counts.reduce(0, +))
        var html = "<span class=\"stack\" aria-hidden=\"true\">"
        for (i, name) in ["negative", "neutral", "positive"].enumerated() where counts[i] > 0 {
            html += "<span class=\"\(name)\" style=\"width:\(Self.f(Double(counts[i]) / Double(total) * 100))%\"></span>"
        }
        return html + "</span> <span class=\"counts\">\(counts[0]) negative, \(counts[1]) neutral, \(counts[2]) positive</span>"
    }

    // MARK: - Articles

    func articles(_ out: inout String) {
        out += "<section id=\"articles\" aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles</h2>\n"
        out += "<p class=\"legend\">Names are marked by type: <span class=\"ent person\" data-label=\"PERSON\">person</span> <span class=\"ent org\" data-label=\"ORG\">organisation</span> <span class=\"ent loc\" data-label=\"LOC\">place</span> <span class=\"ent misc\" data-label=\"MISC\">other</span>; "
        out += "<span class=\"quote\">quotes</span> are underlined with their speaker; <mark class=\"summary\">summary sentences</mark> are shaded.</p>\n"
        let pages = stride(from: 0, to: data.articles.count, by: Self.pageSize).map { $0..<min($0 + Self.pageSize, data.articles.count) }
        if pages.count > 1 {
            out += "<nav class=\"pager\" aria-label=\"Pages of articles\"><button type=\"button\" data-step=\"-1\">Previous</button> <span class=\"where\" aria-live=\"polite\">Page 1 of \(pages.count)</span> <button type=\"button\" data-step=\"1\">Next</button></nav>\n"
        }
        for (number, range) in pages.enumerated() {
            out += "<div class=\"page\" data-page=\"\(number + 1)\">\n"
            for k in range {
                let view = data.articles[k]
                let meta = [view.day, view.article.metadata("source")].compactMap { $0 }.joined(separator: " · ")
                out += "<details\(k == 0 ? " open" : "") id=\"article-\(Self.escape(view.article.id))\"><summary><span class=\"id\">\(Self.escape(view.article.id))</span> \(Self.escape(view.article.title))"
                if !meta.isEmpty { out += " <span class=\"meta\">\(Self.escape(meta))</span>" }
                out += "</summary>\n<div class=\"text\">"
                annotate(view, into: &out)
                out += "</div></details>\n"
            }
            out += "</div>\n"
        }
        out += "</section>\n"
    }

    /// The article's text with its mentions, quotes and summary sentences marked. Elements nest
    /// summary › quote › mention; where a boundary of an outer one cuts a mention, the mention's
    /// first piece carries its `data-entity` and the rest are marked as its continuation.
    func annotate(_ view: ReportData.ArticleView, into out: inout String) {
        let scalars = Array(view.article.text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for m in view.mentions { cuts.insert(max(0, min(m.start, scalars.count))); cuts.insert(max(0, min(m.end, scalars.count))) }
        for q in view.quotes { cuts.insert(max(0, min(q.start, scalars.count))); cuts.insert(max(0, min(q.end, scalars.count))) }
        for s in view.summary { cuts.insert(max(0, min(s.start, scalars.count))); cuts.insert(max(0, min(s.end, scalars.count))) }
        let points = cuts.sorted()
        var mentionIndex = 0
        var quoteIndex = 0
        var summaryIndex = 0
        var opened = Set<Int>()
        for k in 0..<(points.count - 1) {
            let (a, b) = (points[k], points[k + 1])
            guard a < b else { continue }
            while summaryIndex < view.summary.count && view.summary[summaryIndex].end <= a { summaryIndex += 1 }
            while quoteIndex < view.quotes.count && view.quotes[quoteIndex].end <= a { quoteIndex += 1 }
            while mentionIndex < view.mentions.count && view.mentions[mentionIndex].end <= a { mentionIndex += 1 }
            let inSummary = summaryIndex < view.summary.count && view.summary[summaryIndex].start <= a
            let quote = quoteIndex < view.quotes.count && view.quotes[quoteIndex].start <= a ? view.quotes[quoteIndex] : nil
            let mention = mentionIndex < view.mentions.count && view.mentions[mentionIndex].start <= a
                ? view.mentions[mentionIndex] : nil
            let text = Self.escape(ScalarText.string(scalars, a..<b))
            var piece = text
            if let mention {
                let label = mention.label
                let first = opened.insert(mentionIndex).inserted
                var title = mention.entity + " (" + label + ")"
                if !mention.roles.isEmpty { title += ": " + mention.roles.joined(separator: "; ") }
                if first {
                    piece = "<span class=\"ent \(label.lowercased())\" data-entity=\"\(Self.escape(mention.entity))\" data-label=\"\(label)\" title=\"\(Self.escape(title))\">\(piece)</span>"
                } else {
                    piece = "<span class=\"ent \(label.lowercased()) cont\" title=\"\(Self.escape(title))\">\(piece)</span>"
                }
            }
            if let quote {
                let speaker = quote.speaker ?? "unknown"
                let title = "Quote, " + speaker + (quote.cue.map { " (" + $0 + ")" } ?? "")
                piece = "<span class=\"quote\" data-speaker=\"\(Self.escape(speaker))\" title=\"\(Self.escape(title))\">\(piece)</span>"
            }
            if inSummary { piece = "<mark class=\"summary\">\(piece)</mark>" }
            out += piece
        }
    }

    // MARK: - Helpers

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters never reach the page (a hostile title cannot hide in one).
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}

