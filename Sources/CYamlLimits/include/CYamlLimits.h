#ifndef JOURNAL_CYAMLLIMITS_H
#define JOURNAL_CYAMLLIMITS_H

// The nesting limit of libyaml (default 1000 levels). The function is defined in the
// libyaml that Yams vendors (its CYaml target); Yams does not export that module, so it
// is declared here. Yams composes nodes recursively: 1000 levels overflow a 512 KB
// thread stack, so journal lowers the limit (YAMLFrontMatter.maximumDepth).
void yaml_set_max_nest_level(int max);

#endif
