/// Shortest edit script between two sequences, by Myers' O(ND) algorithm in its linear-space form.
///
/// The recursion splits each problem at the point where the forward and reverse searches meet
/// (the "middle snake"), so memory stays O(N + M) even when the files share nothing, while time
/// stays proportional to the number of differences for the common case of a few edits.
struct MyersDiff {
    enum Operation: Hashable { case equal, delete, insert }

    private let a: [Int]
    private let b: [Int]
    private var script: [Operation] = []

    /// One operation per line: `.equal` consumes a line of both, `.delete` of `a`, `.insert` of `b`.
    static func script(from a: [Int], to b: [Int]) -> [Operation] {
        // Nothing in common: skip the search, which would otherwise visit every diagonal.
        if Set(a).isDisjoint(with: b) {
            return Array(repeating: .delete, count: a.count) + Array(repeating: .insert, count: b.count)
        }
        var diff = MyersDiff(a: a, b: b)
        diff.solve(a.startIndex, a.endIndex, b.startIndex, b.endIndex)
        return diff.script
    }

    private init(a: [Int], b: [Int]) {
        self.a = a
        self.b = b
        script.reserveCapacity(a.count + b.count)
    }

    private mutating func solve(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) {
        var aLow = aLow, aHigh = aHigh, bLow = bLow, bHigh = bHigh
        let startLow = aLow
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] { aLow += 1; bLow += 1 }
        let prefix = aLow - startLow
        let endHigh = aHigh
        while aLow < aHigh, bLow < bHigh, a[aHigh - 1] == b[bHigh - 1] { aHigh -= 1; bHigh -= 1 }
        let suffix = endHigh - aHigh

        emit(.equal, prefix)
        if aLow == aHigh {
            emit(.insert, bHigh - bLow)
        } else if bLow == bHigh {
            emit(.delete, aHigh - aLow)
        } else if let (x, y) = middleSnake(aLow, aHigh, bLow, bHigh) {
            // After trimming, the split is never a corner, so both halves are strictly smaller.
            solve(aLow, x, bLow, y)
            solve(x, aHigh, y, bHigh)
        } else {
            emit(.delete, aHigh - aLow)
            emit(.insert, bHigh - bLow)
        }
        emit(.equal, suffix)
    }

    private mutating func emit(_ operation: Operation, _ count: Int) {
        if count > 0 { script.append(contentsOf: repeatElement(operation, count: count)) }
    }

    /// Runs the forward and reverse searches in lock step and returns the absolute (x, y) at which
    /// they overlap, i.e. a point on some shortest edit path.
    private func middleSnake(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) -> (Int, Int)? {
        let n = aHigh - aLow, m = bHigh - bLow
        let maxD = (n + m + 1) / 2
        let offset = maxD + 1
        let width = 2 * maxD + 3  // slack so k ± 1 never leaves the array
        var forward = [Int](repeating: -1, count: width)
        var reverse = [Int](repeating: -1, count: width)
        forward[offset + 1] = 0
        reverse[offset + 1] = 0
        let delta = n - m
        let deltaIsOdd = delta % 2 != 0
        // Diagonals that ran off the grid are excluded from later rounds.
        var k1Start = 0, k1End = 0, k2Start = 0, k2End = 0

        for d in 0...maxD {
            var k1 = -d + k1Start
            while k1 <= d - k1End {
                let index = offset + k1
                var x = (k1 == -d || (k1 != d && forward[index - 1] < forward[index + 1]))
                    ? forward[index + 1] : forward[index - 1] + 1
                var y = x - k1
                while x < n, y < m, a[aLow + x] == b[bLow + y] { x += 1; y += 1 }
                forward[index] = x
                if x > n {
                    k1End += 2
                } else if y > m {
                    k1Start += 2
                } else if deltaIsOdd {
                    let other = offset + delta - k1
                    if other >= 0, other < width, reverse[other] != -1, x >= n - reverse[other] {
                        return (aLow + x, bLow + y)
                    }
                }
                k1 += 2
            }
            var k2 = -d + k2Start
            while k2 <= d - k2End {
                let index = offset + k2
                var x = (k2 == -d || (k2 != d && reverse[index - 1] < reverse[index + 1]))
                    ? reverse[index + 1] : reverse[index - 1] + 1
                var y = x - k2
                while x < n, y < m, a[aHigh - x - 1] == b[bHigh - y - 1] { x += 1; y += 1 }
                reverse[index] = x
                if x > n {
                    k2End += 2
                } else if y > m {
                    k2Start += 2
                } else if !deltaIsOdd {
                    let other = offset + delta - k2
                    if other >= 0, other < width, forward[other] != -1 {
                        let forwardX = forward[other]
                        let forwardY = forwardX - (other - offset)
                        if forwardX >= n - x { return (aLow + forwardX, bLow + forwardY) }
                    }
                }
                k2 += 2
            }
        }
        return nil
    }
}
