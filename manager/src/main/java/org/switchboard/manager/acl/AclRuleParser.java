package org.switchboard.manager.acl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns one {@code permit=}/{@code deny=} value into rules, as acl.c append_ha_core does. */
final class AclRuleParser {
    private static final Logger LOG = LoggerFactory.getLogger(AclRuleParser.class);

    /** sscanf's "%30d" reads at most 30 characters, sign included (acl.c parse_cidr_mask). */
    private static final int CIDR_FIELD_WIDTH = 30;

    private AclRuleParser() { }

    /**
     * Parses every comma-separated item of {@code value}. The sense is ALLOW when {@code key}
     * begins with 'p' or 'P', DENY otherwise. Throws on the first item Asterisk refuses, after
     * logging Asterisk's WARNING for it.
     */
    static List<AclRule> parse(String key, String value) throws AclFormatException {
        AclSense keySense = !key.isEmpty() && Character.toLowerCase(key.charAt(0)) == 'p'
                ? AclSense.ALLOW : AclSense.DENY;
        List<AclRule> rules = new ArrayList<>();
        // strsep on ',' keeps empty items, so "a,,b" and a trailing comma are errors
        for (String item : value.split(",", -1)) {
            rules.add(parseItem(keySense, item, value));
        }
        return rules;
    }

    private static AclRule parseItem(AclSense keySense, String item, String value) throws AclFormatException {
        int slash = item.indexOf('/');
        String address = slash < 0 ? item : item.substring(0, slash);
        String mask = slash < 0 ? null : item.substring(slash + 1);

        AclSense sense = keySense;
        if (address.startsWith("!")) {
            sense = keySense.inverted();
            address = address.substring(1);
        }

        NumericAddress.RawHostPort parsedAddress = NumericAddress.parseRaw(address, NumericAddress.PortPolicy.FORBID);
        if (parsedAddress == null) {
            throw refused(value, "Invalid IP address: " + address);
        }
        byte[] network = parsedAddress.address();
        if (NumericAddress.isIpv4Mapped(network)) {
            LOG.info("IPv4-mapped ACL network address specified. Converting to an IPv4 ACL network address.");
            network = Arrays.copyOfRange(network, 12, 16);
        }
        boolean ipv4 = network.length == 4;

        byte[] netmask;
        if (mask == null) {
            netmask = prefixMask(ipv4, ipv4 ? 32 : 128);
        } else if (mask.indexOf(':') >= 0 || mask.indexOf('.') >= 0) {
            NumericAddress.RawHostPort parsedMask = NumericAddress.parseRaw(mask, NumericAddress.PortPolicy.FORBID);
            if (parsedMask == null) {
                throw refused(value, "Invalid netmask: " + mask);
            }
            netmask = parsedMask.address();
            if (NumericAddress.isIpv4Mapped(netmask)) {
                LOG.info("IPv4-mapped ACL netmask specified. Converting to an IPv4 ACL netmask.");
                netmask = Arrays.copyOfRange(netmask, 12, 16);
            }
            if ((netmask.length == 4) != ipv4) {
                throw refused(value, "Address and mask are not using same address scheme.");
            }
        } else {
            Integer bits = scanCidrBits(mask);
            if (bits == null || bits < 0 || bits > (ipv4 ? 32 : 128)) {
                throw refused(value, "Invalid CIDR netmask: " + mask);
            }
            netmask = prefixMask(ipv4, bits);
        }

        for (int i = 0; i < network.length; i++) {
            network[i] &= netmask[i];
        }
        return new AclRule(sense, network, netmask);
    }

    private static AclFormatException refused(String value, String reason) {
        LOG.warn(reason);
        return new AclFormatException(value, reason);
    }

    private static byte[] prefixMask(boolean ipv4, int bits) {
        byte[] mask = new byte[ipv4 ? 4 : 16];
        for (int i = 0; i < mask.length; i++) {
            int remaining = bits - 8 * i;
            if (remaining >= 8) {
                mask[i] = (byte) 0xff;
            } else if (remaining > 0) {
                mask[i] = (byte) (0xff << (8 - remaining));
            }
        }
        return mask;
    }

    /**
     * sscanf(mask, "%30d"): leading blanks skipped, a sign, digits up to the field width, anything
     * after them ignored; the number goes through a C long (saturating) into an int. Null when no
     * digit was read.
     */
    static Integer scanCidrBits(String text) {
        int pos = 0;
        while (pos < text.length() && NumericAddress.isCSpace(text.charAt(pos))) {
            pos++;
        }
        int end = Math.min(text.length(), pos + CIDR_FIELD_WIDTH);
        boolean negative = false;
        if (pos < end && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            negative = text.charAt(pos) == '-';
            pos++;
        }
        int digitsStart = pos;
        long magnitude = 0;
        boolean saturated = false;
        while (pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            int digit = text.charAt(pos) - '0';
            if (!saturated) {
                if (magnitude > (Long.MAX_VALUE - digit) / 10) {
                    saturated = true;
                } else {
                    magnitude = magnitude * 10 + digit;
                }
            }
            pos++;
        }
        if (pos == digitsStart) {
            return null;
        }
        long value;
        if (saturated) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            value = negative ? -magnitude : magnitude;
        }
        return (int) value;
    }
}
