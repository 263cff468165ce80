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

    private static final int FILTER_BITS = 1 << 20;

    private final Map<String, Node> roots = new HashMap<>();
    /** Bloom-style prefilter on (first two chars, last two chars, length) of root keys: most words fail it cheaply. */
    private final long[] rootFilter = new long[FILTER_BITS / 64];
    private int maxDepth;

    private static int filterIndex(char first, char second, char penultimate, char last, int length) {
        int h = length;
        h = h * 31 + first;
        h = h * 31 + second;
        h = h * 31 + penultimate;
        h = h * 31 + last;
        h *= 0x9E3779B1;
        h ^= h >>> 16;
        return h & (FILTER_BITS - 1);
    }

    private static int filterIndex(String key) {
        int n = key.length();
        return filterIndex(key.charAt(0), n > 1 ? key.charAt(1) : 0, n > 1 ? key.charAt(n - 2) : 0, key.charAt(n - 1), n);
    }

    /** False when no root key can equal token {@code t}'s key; true means "look it up". */
    boolean mayStartAt(Tokens tokens, int t) {
        int n = tokens.length(t);
        int bit = filterIndex(tokens.keyChar(t, 0), n > 1 ? tokens.keyChar(t, 1) : 0,
                n > 1 ? tokens.keyChar(t, n - 2) : 0, tokens.keyChar(t, n - 1), n);
        return (rootFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    Node root(String key) {
        return roots.get(key);
    }

    int maxDepth() {
        return maxDepth;
    }

    void add(List<String> keys, List<Character> gaps, Entry entry) {
        String first = keys.get(0);
        int bit = filterIndex(first);
        rootFilter[bit >>> 6] |= 1L << bit;
        Node node = roots.computeIfAbsent(first, k -> new Node());
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
