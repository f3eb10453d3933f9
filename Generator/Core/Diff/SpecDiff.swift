/// Compares two versions of a spec through their type models (what the generator makes of them)
/// and their OpenAPI documents (for wire facts the model does not keep: content types, servers,
/// where things are written). Text, key order, YAML style and comments never matter.
///
/// Declarations are paired by Swift name, after renames are found: a component schema removed and
/// a structurally identical one added is one rename, and the inline types named after it (or after
/// a renamed operation) follow it.
public struct SpecDiff {
    let old: SpecSnapshot
    let new: SpecSnapshot
    /// Old Swift type name → new, for types whose name changed.
    var renamedTypes: [String: String] = [:]
    var changes: [SpecChange] = []
    /// `rule pointer` of every change reported, so that one edit reached twice (a component's
    /// bound seen through every property that uses it) is reported once.
    var reported: Set<String> = []
    let oldTranslator: TypeTranslator
    let newTranslator: TypeTranslator
    /// `Type.wireName` of every property a tagged union of the new model reads its tag from: a
    /// changed constant there is reported once, as the union's changed discriminator value.
    let discriminatorProperties: Set<String>

    /// Every change from `old` to `new`, in report order.
    public static func compare(_ old: SpecSnapshot, _ new: SpecSnapshot) -> [SpecChange] {
        var diff = SpecDiff(old: old, new: new)
        diff.findRenamedOperations()
        diff.findRenamedSchemas()
        diff.compareServers()
        diff.compareErrorFields()
        diff.compareCredentials()
        diff.compareDeclarations()
        diff.compareOperations()
        diff.compareExamples()
        return diff.changes.sorted(by: SpecChange.reportOrder)
    }

    init(old: SpecSnapshot, new: SpecSnapshot) {
        self.old = old
        self.new = new
        oldTranslator = TypeTranslator(document: old.document, configuration: old.configuration)
        newTranslator = TypeTranslator(document: new.document, configuration: new.configuration)
        var tagged: Set<String> = []
        for case .taggedUnion(let union) in new.model.declarations {
            for variant in union.variants { tagged.formUnion(variant.type.namedTypes.map { "\($0).\(union.propertyName)" }) }
        }
        discriminatorProperties = tagged
    }

    mutating func report(_ change: SpecChange) {
        guard reported.insert("\(change.rule) \(change.pointer)").inserted else { return }
        // Names and pointers quote the spec: line breaks and invisible scalars are spelled out, so
        // every report stays one line per change and shows what the spec really holds.
        var change = change
        change.message = SpecText.visible(change.message)
        change.pointer = SpecText.visible(change.pointer)
        changes.append(change)
    }

    // MARK: Names across versions

    /// The name an old declaration has in the new model, if it is still there.
    func newName(of oldName: String) -> String? {
        let name = renamedTypes[oldName] ?? oldName
        return new.declarations[name] == nil ? nil : name
    }

    /// Whether an old and a new type usage spell the same Swift type, renames accounted for.
    func sameType(_ a: TypeUsage, _ b: TypeUsage) -> Bool {
        switch (a, b) {
        case (.named(let x), .named(let y)): (renamedTypes[x] ?? x) == y
        case (.array(let x), .array(let y)), (.map(let x), .map(let y)), (.optional(let x), .optional(let y)): sameType(x, y)
        default: a == b
        }
    }

    /// `Old` → `New` spelled with the new names, for messages.
    func spelled(_ usage: TypeUsage) -> String { usage.swift }

    /// The client's name as the new bindings spell it.
    var clientName: String { new.model.client.name }
}
