/// How an array inside a `deepObject` value is written as form pairs or query items.
///
/// OpenAPI defines `deepObject` for objects only; servers read arrays there in different ways, so
/// the notation is the API's to choose (the generator's `deepObjectArrays` setting), never a guess.
/// For `tags: ["a", "b"]` inside `filter`:
///
/// - `brackets`: `filter[tags][]=a&filter[tags][]=b` (Rack, Rails, PHP, Stripe). Elements must be scalars.
/// - `indices`: `filter[tags][0]=a&filter[tags][1]=b` (qs, Stripe). Elements may be objects or arrays,
///   which nest: `items[0][price]=p1`.
/// - `repeated`: `filter[tags]=a&filter[tags]=b` (servers that collect repeated keys). Elements must be scalars.
public enum DeepObjectArrays: Sendable, Hashable {
    case brackets, indices, repeated
}
