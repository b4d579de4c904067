extension EntryReader {
    /// A reader that classifies headings with the journal's configured synonyms.
    package init(config: JournalConfig) {
        self.init(classifier: config.classifier)
    }
}
