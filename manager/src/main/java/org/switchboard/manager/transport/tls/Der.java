package org.switchboard.manager.transport.tls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The little DER (ASN.1) needed to rewrap traditional OpenSSL private keys as PKCS#8: reading
 * tag-length-value elements and writing SEQUENCE, INTEGER 0 and OCTET STRING. Not a general
 * ASN.1 library.
 */
final class Der {
    static final int TAG_INTEGER = 0x02;
    static final int TAG_OCTET_STRING = 0x04;
    static final int TAG_NULL = 0x05;
    static final int TAG_OID = 0x06;
    static final int TAG_SEQUENCE = 0x30;
    /** [0] constructed, as used by SEC1's optional parameters field. */
    static final int TAG_CONTEXT_0 = 0xa0;

    /** One element: its tag and where its whole encoding and its contents lie in {@code source}. */
    record Element(byte[] source, int tag, int start, int contentStart, int end) {
        byte[] encoded() {
            return java.util.Arrays.copyOfRange(source, start, end);
        }

        byte[] content() {
            return java.util.Arrays.copyOfRange(source, contentStart, end);
        }

        /** The elements inside a constructed element. */
        List<Element> children() {
            List<Element> children = new ArrayList<>();
            int position = contentStart;
            while (position < end) {
                Element child = read(source, position, end);
                children.add(child);
                position = child.end();
            }
            return children;
        }
    }

    private Der() { }

    /** Reads the single element that must fill {@code der} exactly. */
    static Element readWhole(byte[] der) {
        Element element = read(der, 0, der.length);
        if (element.end() != der.length) {
            throw new IllegalArgumentException("trailing bytes after the DER structure");
        }
        return element;
    }

    static Element read(byte[] source, int start, int limit) {
        if (start + 2 > limit) {
            throw new IllegalArgumentException("truncated DER element");
        }
        int tag = source[start] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new IllegalArgumentException("multi-byte DER tags are not expected here");
        }
        int position = start + 1;
        int first = source[position++] & 0xff;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int lengthBytes = first & 0x7f;
            if (lengthBytes == 0 || lengthBytes > 4 || position + lengthBytes > limit) {
                throw new IllegalArgumentException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | (source[position++] & 0xff);
            }
        }
        if (position + length > limit) {
            throw new IllegalArgumentException("DER element longer than its container");
        }
        return new Element(source, tag, start, position, (int) (position + length));
    }

    static byte[] sequence(byte[]... encodedElements) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] element : encodedElements) {
            content.writeBytes(element);
        }
        return element(TAG_SEQUENCE, content.toByteArray());
    }

    static byte[] octetString(byte[] content) {
        return element(TAG_OCTET_STRING, content);
    }

    static byte[] integerZero() {
        return new byte[] {TAG_INTEGER, 1, 0};
    }

    static byte[] nullValue() {
        return new byte[] {TAG_NULL, 0};
    }

    static byte[] element(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int lengthBytes = 0;
            for (int rest = length; rest != 0; rest >>>= 8) {
                lengthBytes++;
            }
            out.write(0x80 | lengthBytes);
            for (int i = lengthBytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** The dotted form of an OBJECT IDENTIFIER's contents, e.g. {@code 1.2.840.10045.2.1}. */
    static String oidToString(byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("empty OID");
        }
        StringBuilder out = new StringBuilder();
        long value = 0;
        boolean first = true;
        for (byte b : content) {
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                if (first) {
                    int head = value < 40 ? 0 : value < 80 ? 1 : 2;
                    out.append(head).append('.').append(value - 40L * head);
                    first = false;
                } else {
                    out.append('.').append(value);
                }
                value = 0;
            }
        }
        return out.toString();
    }
}
