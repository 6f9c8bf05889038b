import Foundation

/// Positions for the stance network's nodes: a force-directed layout (Fruchterman and Reingold)
/// started from a circle in name order and run a fixed number of steps, so the same actors and
/// ties always give the same picture.
enum NetworkLayout {
    struct Point {
        var x: Double
        var y: Double
    }

    /// Positions inside `width` × `height`, with `margin` kept free on every side.
    static func layout(
        nodes: [String], edges: [(Int, Int)], width: Double, height: Double, margin: Double, steps: Int = 300
    ) -> [Point] {
        let n = nodes.count
        guard n > 0 else { return [] }
        let cx = width / 2
        let cy = height / 2
        let radius = min(width, height) / 2 - margin
        if n == 1 { return [Point(x: cx, y: cy)] }
        var points = (0..<n).map { i -> Point in
            let angle = 2 * Double.pi * Double(i) / Double(n)
            return Point(x: cx + radius * cos(angle), y: cy + radius * sin(angle))
        }
        let area = (width - 2 * margin) * (height - 2 * margin)
        // The ideal distance between neighbours; capped, so a few actors stay together.
        let k = min(sqrt(area / Double(n)), 120)
        var temperature = width / 10
        for _ in 0..<steps {
            var moves = [Point](repeating: Point(x: 0, y: 0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var dx = points[i].x - points[j].x
                    var dy = points[i].y - points[j].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    if distance < 0.01 {
                        // Coincident nodes part in a direction fixed by their indexes.
                        dx = Double(i - j)
                        dy = 1
                        distance = 0.01
                    }
                    let force = k * k / distance
                    moves[i].x += dx / distance * force
                    moves[i].y += dy / distance * force
                    moves[j].x -= dx / distance * force
                    moves[j].y -= dy / distance * force
                }
            }
            for (a, b) in edges where a != b {
                let dx = points[a].x - points[b].x
                let dy = points[a].y - points[b].y
                let distance = max(0.01, (dx * dx + dy * dy).squareRoot())
                let force = distance * distance / k
                moves[a].x -= dx / distance * force
                moves[a].y -= dy / distance * force
                moves[b].x += dx / distance * force
                moves[b].y += dy / distance * force
            }
            for i in 0..<n {
                // A gentle pull to the centre keeps unconnected actors on the page.
                moves[i].x += (cx - points[i].x) * 0.6
                moves[i].y += (cy - points[i].y) * 0.6
                let length = max(0.01, (moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot())
                let step = min(length, temperature)
                points[i].x = min(width - margin, max(margin, points[i].x + moves[i].x / length * step))
                points[i].y = min(height - margin, max(margin, points[i].y + moves[i].y / length * step))
            }
            temperature = max(0.5, temperature * 0.985)
        }
        return points
    }
}
