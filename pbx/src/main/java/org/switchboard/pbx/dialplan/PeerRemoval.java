package org.switchboard.pbx.dialplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The list walk of ast_context_remove_extension_callerid2, replayed on Asterisk's own linked
 * structure (extensions chained by {@code next}, priorities by {@code peer}) because its result
 * depends on it: the walk starts at the first extension whose name (and, when asked, caller id)
 * fits, removes the matching priorities, and may run on into the following extensions with the
 * same name, through the {@code next} link that only a first priority carries. The remaining
 * structure is then turned back into extensions.
 */
final class PeerRemoval {
    private static final class Node {
        final Priority p;
        final Map<String, Priority> labels;
        Node peer;
        Node next;

        Node(Priority p, Map<String, Priority> labels) {
            this.p = p;
            this.labels = labels;
        }
    }

    private final ContextBuilder context;
    private final String exten;
    private final String cid;
    private final boolean callerIdGiven;
    private final boolean matchCallerId;
    private final int priority;
    private final String registrar;

    PeerRemoval(ContextBuilder context, String exten, String cid, boolean callerIdGiven, boolean matchCallerId,
                int priority, String registrar) {
        this.context = context;
        this.exten = exten;
        this.cid = cid;
        this.callerIdGiven = callerIdGiven;
        this.matchCallerId = matchCallerId;
        this.priority = priority;
        this.registrar = registrar;
    }

    boolean run() {
        Node root = link();
        Node prevExten = null;
        Node exten0 = root;
        for (; exten0 != null; prevExten = exten0, exten0 = exten0.next) {
            if (exten0.p.matchName().equals(exten) && firstScanCallerIdFits(exten0.p)) {
                break;
            }
        }
        if (exten0 == null) {
            return false;
        }
        boolean found = false;
        Node previousPeer = null;
        Node peer = exten0;
        Node nextPeer = exten0.peer != null ? exten0.peer : exten0.next;
        while (peer != null && peer.p.matchName().equals(exten) && walkCallerIdFits(peer.p)) {
            if ((priority == 0 || peer.p.number() == priority)
                    && (registrar == null || registrar.equals(peer.p.registrar()))) {
                found = true;
                if (previousPeer == null || isHead(root, peer)) {
                    Node nextNode = peer.peer != null ? peer.peer : peer.next;
                    if (peer.peer != null) {
                        peer.peer.next = peer.next;
                    }
                    if (prevExten == null && root == peer) {
                        root = nextNode;
                    } else {
                        Node before = headBefore(root, peer);
                        if (before == null) {
                            root = nextNode;
                        } else {
                            before.next = nextNode;
                        }
                    }
                } else {
                    previousPeer.peer = peer.peer;
                }
            } else {
                previousPeer = peer;
            }
            peer = nextPeer;
            nextPeer = nextPeer == null ? null : nextPeer.peer != null ? nextPeer.peer : nextPeer.next;
        }
        if (found) {
            unlink(root);
        }
        return found;
    }

    /** The first scan: any caller id when not matching on it, else the same (or both empty). */
    private boolean firstScanCallerIdFits(Priority p) {
        if (!matchCallerId) {
            return true;
        }
        String stored = p.callerIdMatch() == null ? "" : p.callerIdMatch();
        boolean wantEmpty = cid == null || cid.isEmpty();
        if (!wantEmpty && !stored.isEmpty()) {
            return stored.equals(cid);
        }
        return wantEmpty && stored.isEmpty();
    }

    /** The walk's condition: no caller id given, or the caller id rule of each priority. */
    private boolean walkCallerIdFits(Priority p) {
        if (!callerIdGiven) {
            return true;
        }
        if (!matchCallerId) {
            return !p.matchesCallerId();
        }
        return p.matchesCallerId() && p.callerIdMatch().equals(cid);
    }

    private Node link() {
        Node root = null;
        Node lastHead = null;
        for (ContextBuilder.ExtensionBuilder e : context.extensions) {
            Node head = null;
            Node last = null;
            for (Priority p : e.peers) {
                Node n = new Node(p, e.labels);
                if (head == null) {
                    head = n;
                } else {
                    last.peer = n;
                }
                last = n;
            }
            if (lastHead == null) {
                root = head;
            } else {
                lastHead.next = head;
            }
            lastHead = head;
        }
        return root;
    }

    private static boolean isHead(Node root, Node n) {
        for (Node h = root; h != null; h = h.next) {
            if (h == n) {
                return true;
            }
        }
        return false;
    }

    private static Node headBefore(Node root, Node n) {
        Node before = null;
        for (Node h = root; h != null; before = h, h = h.next) {
            if (h == n) {
                return before;
            }
        }
        return null;
    }

    private void unlink(Node root) {
        List<ContextBuilder.ExtensionBuilder> rebuilt = new ArrayList<>();
        for (Node h = root; h != null; h = h.next) {
            List<Priority> peers = new ArrayList<>();
            for (Node p = h; p != null; p = p.peer) {
                peers.add(p.p);
            }
            rebuilt.add(new ContextBuilder.ExtensionBuilder(peers, h.labels));
        }
        context.extensions.clear();
        context.extensions.addAll(rebuilt);
    }
}
