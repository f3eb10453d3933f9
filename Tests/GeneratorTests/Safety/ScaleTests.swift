import Testing

@testable import GeneratorCore

/// The lookups a large hostile spec leans on hardest are indexed, and stay correct.
/// (Speed is not asserted; the linear behaviour was measured for the report.)
@Suite("Lookups that must scale")
struct ScaleTests {
    @Test("many names folding to the same identifier get distinct suffixes in order")
    func collidingNames() {
        var registry = NameRegistry(reserved: ["a3"])
        let names = (0..<5_000).map { _ in registry.claim("a") }
        #expect(Set(names).count == names.count)
        #expect(Array(names.prefix(4)) == ["a", "a2", "a4", "a5"])
        let late = registry.claim("a2")  // `a22`, `a23`, … are taken by the `a`s above
        #expect(late.hasPrefix("a2") && !names.contains(late))
    }

    @Test("schema lookup by name agrees with the document order before and after indexing")
    func indexedSchemaLookup() {
        var components = OpenAPIDocument.Components()
        let location = SourceLocation(file: "s.yaml", line: 1, column: 1)
        components.schemas = (0..<1_000).map { ("S\($0)", Schema(location: location, pointer: "#/components/schemas/S\($0)")) }
        components.schemas.append(("S7", Schema(location: location, pointer: "second S7")))
        let linear = components.schema(named: "S7")?.pointer
        components.indexSchemas()
        #expect(components.schema(named: "S7")?.pointer == linear)
        #expect(linear == "#/components/schemas/S7")
        #expect(components.schema(named: "S999")?.pointer == "#/components/schemas/S999")
        #expect(components.schema(named: "missing") == nil)
        components.schemas.removeFirst(8)
        #expect(components.schema(named: "S7")?.pointer == "second S7", "a changed list is not looked up in a stale index")
    }

    @Test("an object with thousands of properties keeps each once, where first defined, later definitions winning")
    func manyProperties() throws {
        let properties = (0..<3_000).map { "p\($0): {type: string}" }.joined(separator: ", ")
        let yaml = Spec.schemas("""
            Base:
              type: object
              properties:
                p1: {type: integer}
            Big:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - {type: object, properties: {\(properties)}}
            """)
        let model = try Stages.translate(yaml).model
        let big = try Stages.structure("Big", in: model)
        #expect(big.properties.count == 3_000)
        let expectedOrder = ["p1"] + (0..<3_000).filter { $0 != 1 }.map { "p\($0)" }
        #expect(big.properties.map(\.wireName) == expectedOrder)
        #expect(big.properties[0].type == .string, "the allOf member after Base redefines p1")
    }
}
