package io.newsstream.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-keyed trie of surface forms. A child is keyed by the gap class before the token plus the
 * token's key, so {@code U.S} and {@code U S} are different paths. Built once, then only read.
 */
final class PhraseTrie {

    static final class Node {
        private Map<String, Node> children = Map.of();
        private Entry[] entries = new Entry[0];

        Node child(char gap, String key) {
            return children.get(gap + key);
        }

        Entry[] entries() {
            return entries;
        }
    }

    private final Map<String, Node> roots = new HashMap<>();
    private int maxDepth;

    Node root(String key) {
        return roots.get(key);
    }

    int maxDepth() {
        return maxDepth;
    }

    void add(List<String> keys, List<Character> gaps, Entry entry) {
        Node node = roots.computeIfAbsent(keys.get(0), k -> new Node());
        for (int i = 1; i < keys.size(); i++) {
            String childKey = gaps.get(i) + keys.get(i);
            if (node.children.isEmpty()) {
                node.children = new HashMap<>();
            }
            node = node.children.computeIfAbsent(childKey, k -> new Node());
        }
        for (Entry e : node.entries) {
            if (e.equals(entry)) {
                return;
            }
        }
        Entry[] grown = java.util.Arrays.copyOf(node.entries, node.entries.length + 1);
        grown[node.entries.length] = entry;
        node.entries = grown;
        maxDepth = Math.max(maxDepth, keys.size());
    }

    /** Every node's entries, for integrity checks. */
    List<Entry[]> allEntries() {
        List<Entry[]> out = new ArrayList<>();
        for (Node root : roots.values()) {
            collect(root, out);
        }
        return out;
    }

    private static void collect(Node node, List<Entry[]> out) {
        if (node.entries.length > 0) {
            out.add(node.entries);
        }
        for (Node c : node.children.values()) {
            collect(c, out);
        }
    }
}
