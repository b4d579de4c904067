#!/usr/bin/env python3
"""Parses an HTML file with Python's html.parser and prints, as JSON, what a safety
test needs: elements, event-handler attributes, every URL-carrying attribute, CSS that
could load something, and the document's text (character references decoded).

Usage: html_audit.py FILE
"""
import json
import sys
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "data", "poster",
                  "srcset", "background", "cite", "longdesc", "manifest", "ping", "codebase"}


class Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = {}
        self.event_attributes = []
        self.urls = []
        self.style_attributes = []
        self.meta = []
        self.text = []
        self.style_text = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.elements[tag] = self.elements.get(tag, 0) + 1
        if tag not in ("meta", "br", "hr", "img", "input", "link", "rect", "line", "path", "circle"):
            self.stack.append(tag)
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self.event_attributes.append(f"{tag}.{name}")
            if name in URL_ATTRIBUTES:
                self.urls.append({"element": tag, "attribute": name, "value": value or ""})
            if name == "style":
                self.style_attributes.append(value or "")
        if tag == "meta":
            self.meta.append({k: (v or "") for k, v in attrs})

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style_text.append(data)
        else:
            self.text.append(data)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        source = f.read()
    audit = Audit()
    audit.feed(source)
    audit.close()
    css = "".join(audit.style_text) + ";".join(audit.style_attributes)
    print(json.dumps({
        "elements": audit.elements,
        "event_attributes": audit.event_attributes,
        "urls": audit.urls,
        "meta": audit.meta,
        "css_loads": [w for w in ("url(", "@import", "image-set(", "@font-face") if w in css.lower()],
        "text": "".join(audit.text),
    }, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
