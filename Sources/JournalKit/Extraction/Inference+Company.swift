extension Inference {
    /// The company: front-matter; for a note without front-matter, the company in a file name
    /// that `journal new` wrote; the folder for generic file names; the title, unless it says
    /// only what the note is ("My interview experience"): then a heading or the first sentences
    /// that name it, else a file name that is not generic.
    static func company(path: String, frontMatter fm: FrontMatter, stem: String, title: Sourced<String>, firstHeading: MarkdownBlock?,
                        blocks: [MarkdownBlock], note: (Int, String) -> Void) -> Sourced<String>? {
        let heading = firstHeading.map { Inference.headingText($0) }
        let headingLine = firstHeading?.line ?? 1
        if let c = fm.company { return Sourced(c, from: .frontMatter) }
        if fm.title == nil, let c = companyFromNewFileName(stem) {
            let spelled = heading.flatMap { spelling(of: c, in: $0) } ?? c
            note(1, "the company '\(spelled)' comes from the file name; state it with `company: \(spelled)` in the front-matter")
            return Sourced(spelled, from: .fileName)
        }
        let generic = isGeneric(stem)
        if generic, var c = companyFolder(path) {
            // "hooli/notes.md" titled "# Hooli — 2026-11-12": keep the title's spelling of the same name.
            if let fromTitle = companyFromTitle(title.value, source: title.source),
               TextKey.normalize(fromTitle) == TextKey.normalize(c) { c = fromTitle }
            note(1, "the company '\(c)' comes from the folder name; state it with `company: \(c)` in the front-matter")
            return Sourced(c, from: .folderName)
        }
        let fromTitle = companyFromTitle(title.value, source: title.source)
        if let c = fromTitle, !CompanyInText.isGeneric(c) {
            let source: Provenance = title.source == .frontMatter ? .title : title.source
            let whence = source == .heading ? "the first heading" : source == .title ? "the title" : "the file name"
            note(title.source == .heading ? headingLine : 1, "the company '\(c)' comes from \(whence); state it with `company: \(c)` in the front-matter")
            return Sourced(c, from: source)
        }
        // "# My interview experience" over "I interviewed at Acme…": the text names it.
        if let (c, line, inHeading) = CompanyInText.fromBody(blocks, title: firstHeading) {
            note(line, "the company '\(c)' comes from the \(inHeading ? "heading" : "text") on line \(line); state it with `company: \(c)` in the front-matter")
            return Sourced(c, from: inHeading ? .sectionHeading : .body)
        }
        // "acme-onsite.md" titled "# Interview experience" (a title that asks something names no company, nor does its file).
        if title.source != .fileName, fromTitle != nil, !generic, let c = companyFromTitle(stem, source: .fileName), !CompanyInText.isGeneric(c) {
            note(1, "the company '\(c)' comes from the file name; state it with `company: \(c)` in the front-matter")
            return Sourced(c, from: .fileName)
        }
        return nil
    }
}
