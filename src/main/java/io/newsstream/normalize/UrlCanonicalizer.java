package io.newsstream.normalize;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL, so that copies of one page reached by different links compare equal:
 * scheme and host lower-cased, {@code http} upgraded to {@code https}, a leading {@code www.} and default
 * ports dropped, internationalized hosts in punycode, non-ASCII and unsafe path/query characters
 * percent-encoded (escapes upper-cased), user info, fragment and tracking parameters removed, the remaining
 * parameters sorted, a trailing slash dropped except for the root path.
 * A URL that cannot be understood is returned trimmed, never rejected.
 */
public final class UrlCanonicalizer {
    /** scheme://authority path ?query #fragment */
    private static final Pattern URL = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.DOTALL);
    private static final Pattern HOST_PORT = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(?::(\\d{0,5}))?$");

    /**
     * Query parameters that identify the click or campaign, not the page. Provenance: the parameters that the
     * common analytics and ad platforms append (Google Analytics/Ads, Meta, Microsoft, Yandex, Mailchimp,
     * HubSpot, Instagram), plus the generic {@code ref}. Every {@code utm_*} parameter is also dropped.
     */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "mc_cid", "mc_eid",
            "_ga", "_gl", "igshid", "igsh", "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "ref_url", "referrer",
            "cmpid", "ocid", "twclid", "ttclid", "li_fat_id", "s_cid", "wt.mc_id", "at_medium", "at_campaign");

    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9._-]+");
    private static final int MAX_PORT = 65_535;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlCanonicalizer() {
    }

    /** The canonical URL; null for null or blank input; the trimmed input when it is not an http(s) URL. */
    public static String canonicalize(final String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        final String trimmed = url.strip();
        final String absolute = trimmed.startsWith("//") ? "https:" + trimmed : trimmed;
        final Matcher m = URL.matcher(absolute);
        if (!m.matches()) {
            return trimmed;
        }
        final String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return trimmed;
        }
        final String authority = m.group(2);
        final String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        final Matcher hp = HOST_PORT.matcher(hostPort);
        if (!hp.matches()) {
            return trimmed;
        }
        final String host = canonicalHost(hp.group(1));
        if (host == null) {
            return trimmed;
        }
        final String port = hp.group(2);
        if (port != null && !port.isEmpty() && Integer.parseInt(port) > MAX_PORT) {
            return trimmed;
        }
        final StringBuilder out = new StringBuilder(absolute.length()).append("https://").append(host);
        if (port != null && !port.isEmpty() && !port.equals("80") && !port.equals("443")) {
            out.append(':').append(Integer.parseInt(port));
        }
        out.append(canonicalPath(m.group(3)));
        final String query = canonicalQuery(m.group(4));
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String canonicalHost(final String rawHost) {
        if (rawHost.startsWith("[")) {
            return rawHost.toLowerCase(Locale.ROOT);
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (final IllegalArgumentException e) {
            return null;
        }
        if (host.startsWith("www.") && host.length() > 4) {
            host = host.substring(4);
        }
        return ASCII_HOST.matcher(host).matches() ? host : null;
    }

    private static String canonicalPath(final String rawPath) {
        String path = encode(rawPath, "/:@=+");
        if (path.isEmpty()) {
            return "/";
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String canonicalQuery(final String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        final List<String> kept = new ArrayList<>();
        for (final String parameter : rawQuery.split("[&;]")) {
            if (parameter.isEmpty()) {
                continue;
            }
            final int eq = parameter.indexOf('=');
            final String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(encode(parameter, "/?=:@,+"));
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /**
     * Percent-encodes, as UTF-8, every character that is not unreserved, not a sub-delimiter and not in
     * {@code alsoAllowed}; existing escapes are kept with upper-case hex digits.
     */
    private static String encode(final String s, final String alsoAllowed) {
        final StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            final int cp = s.codePointAt(i);
            if (cp == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(s.charAt(i + 2)));
                i += 3;
                continue;
            }
            if (cp < 0x80 && (Character.isLetterOrDigit(cp) || "-._~!$'()*,;&".indexOf(cp) >= 0
                    || alsoAllowed.indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else {
                for (final byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isHex(final char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
