/// Request bodies → `OperationModel.Body`, declaring a form type for form bodies.
extension TypeTranslator {
    /// The body of `operation` as its method sends it; `nil` without a body. `supportedOperations()`
    /// let only operations with a body that can be sent through.
    mutating func translateRequestBody(_ operation: Operation, typeStem: String) -> OperationModel.Body? {
        guard let requestBody = operation.requestBody, !carriesNothing(requestBody),
              let (media, plan) = requestBodyPlan(requestBody)
        else { return nil }
        let kind: OperationModel.Body.Kind
        switch plan {
        case .json(let schema):
            kind = .json(usage(for: schema, suggestedName: typeStem + "Request").0)
        case .multipart(let schema):
            kind = .multipart(makeForm(name: names.claim(typeStem + "Form"), schema: schema, media: media, operation: operation))
        case .urlEncodedForm(let schema):
            kind = .urlEncodedForm(makeForm(name: names.claim(typeStem + "Form"), schema: schema, media: media, operation: operation))
        case .binary:
            kind = .binary
        case .text:
            kind = .text
        }
        return OperationModel.Body(
            kind: kind, isRequired: requestBody.required, contentType: media.contentType,
            alternatives: requestBody.content.map(\.contentType).filter { $0 != media.contentType })
    }

    mutating func makeForm(name: String, schema: Schema, media: MediaType, operation: Operation) -> FormModel {
        let (properties, required, _, _) = mergedObject(schema)
        // A component schema is already declared as a struct: its properties' types are reused, so
        // inline enums are not declared twice.
        var component: StructModel?
        if let reference = schema.reference, !reference.isInside, case .structure(let model)? = declaration(named: swiftName(of: reference)) {
            component = model
        }
        var memberNames = NameRegistry(reserved: ["init", "multipartForm", "urlEncodedForm"])
        var fields: [FormField] = []
        var choices: [FileChoiceModel] = []
        for property in properties {
            guard let shape = fieldShape(property.schema) else { continue }  // refused by `formProblem`
            let stem = name + SwiftNaming.typeName(property.name)
            var isNullable = property.schema.allowsNull || admitsNull(resolve(property.schema))
            let value: FormField.Value
            switch shape {
            case .file: value = .file
            case .files: value = .files
            case .constant(let text): value = .constant(text)
            case .choice(let fileIsArray, let other):
                let choiceName = names.claim(stem)
                choices.append(FileChoiceModel(name: choiceName, fileIsArray: fileIsArray, other: usage(for: other, suggestedName: stem + "Value").0))
                value = .choice(choiceName)
            case .value:
                if let existing = component?.properties.first(where: { $0.wireName == property.name && $0.constant == nil }) {
                    value = .value(existing.type)
                    isNullable = isNullable || existing.isNullable
                } else {
                    let (type, nullable) = usage(for: property.schema, suggestedName: stem)
                    value = .value(type)
                    isNullable = isNullable || nullable
                }
            }
            let encoding = media.encoding[property.name]
            fields.append(FormField(
                wireName: property.name, swiftName: memberNames.claim(SwiftNaming.memberName(property.name)),
                value: value, isRequired: required.contains(property.name) && !isNullable,
                documentation: Documentation(
                    text: propertyDocumentationText(property.schema),
                    deprecated: property.schema.deprecated || valueSchema(of: property.schema).deprecated),
                contentType: encoding?.contentType, isDeepObject: encoding?.style == "deepObject",
                explode: encoding?.explode ?? true))
        }
        let resolved = resolve(schema)
        return FormModel(
            name: name,
            documentation: Documentation(text: resolved.description ?? resolved.title, pointer: resolved.pointer, deprecated: resolved.deprecated),
            fields: fields, choices: choices,
            deepObjectArrays: fields.contains(where: \.isDeepObject) ? configuration.deepObjectArrays : nil)
    }
}
