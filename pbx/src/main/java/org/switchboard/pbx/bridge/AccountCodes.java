package org.switchboard.pbx.bridge;

import java.util.List;

import org.switchboard.pbx.channel.SimChannel;

/**
 * Account codes across a bridge (bridge_channel.c ast_bridge_channel_update_accountcodes): empty
 * account codes and peer accounts are filled from the other members, and in a two-party bridge
 * each side's peer account follows the other's account code. Nothing is published here: the
 * changes show in the channels' next snapshots.
 */
final class AccountCodes {
    private AccountCodes() { }

    /** bridge_channel_update_accountcodes_joining. */
    static void joining(Bridge bridge, BridgeChannel joining, BridgeChannel swap) {
        List<BridgeChannel> members = bridge.members();
        boolean swapInBridge = swap != null && members.size() <= 2 && members.contains(swap);
        boolean willBeTwoParty = members.size() - (swapInBridge ? 1 : 0) == 1;
        for (BridgeChannel other : members) {
            if (other == swap) {
                continue;
            }
            setEmpty(joining.channel(), other.channel());
            if (willBeTwoParty) {
                updatePeerAccounts(joining.channel(), other.channel());
            }
        }
    }

    /** bridge_channel_update_accountcodes_leaving: the two that remain follow each other. */
    static void leaving(Bridge bridge) {
        List<BridgeChannel> members = bridge.members();
        if (members.size() != 2 || bridge.dissolved()) {
            return;
        }
        SimChannel first = members.get(0).channel();
        SimChannel second = members.get(1).channel();
        setEmpty(first, second);
        updatePeerAccounts(first, second);
    }

    private static void setEmpty(SimChannel c0, SimChannel c1) {
        fillPeerAccount(c0, c1);
        fillPeerAccount(c1, c0);
        fillAccountCode(c0, c1);
        fillAccountCode(c1, c0);
    }

    private static void fillPeerAccount(SimChannel dest, SimChannel src) {
        if (dest.peerAccount().isEmpty() && !src.accountCode().isEmpty()) {
            dest.setPeerAccount(src.accountCode());
        }
    }

    private static void fillAccountCode(SimChannel dest, SimChannel src) {
        if (dest.accountCode().isEmpty() && !src.peerAccount().isEmpty()) {
            dest.setAccountCode(src.peerAccount());
        }
    }

    private static void updatePeerAccounts(SimChannel c0, SimChannel c1) {
        if (!c1.accountCode().equals(c0.peerAccount())) {
            c0.setPeerAccount(c1.accountCode());
        }
        if (!c0.accountCode().equals(c1.peerAccount())) {
            c1.setPeerAccount(c0.accountCode());
        }
    }
}
