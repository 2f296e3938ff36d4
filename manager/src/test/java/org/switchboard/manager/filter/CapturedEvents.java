package org.switchboard.manager.filter;

/**
 * Event texts exactly as Asterisk 22.10.1 sent them (shared/captures, file named on each), with
 * their CR LF line ends and the final blank line.
 */
final class CapturedEvents {
    private CapturedEvents() {
    }

    /** M02_channelvars.txt */
    static final TestEvent NEWCHANNEL_SETFOO = TestEvent.of("""
            Event: Newchannel\r
            Privilege: call,all\r
            Channel: Local/setfoo@default-0000085b;1\r
            ChannelState: 0\r
            ChannelStateDesc: Down\r
            CallerIDNum: <unknown>\r
            CallerIDName: <unknown>\r
            ConnectedLineNum: <unknown>\r
            ConnectedLineName: <unknown>\r
            Language: en\r
            AccountCode: \r
            Context: default\r
            Exten: setfoo\r
            Priority: 1\r
            Uniqueid: 1795347889.4948\r
            Linkedid: 1795347889.4948\r
            ChanVariable: foo=\r
            ChanVariable: does_not_exist=\r
            \r
            """);

    /** F01_eventlist_contract.txt */
    static final TestEvent NEWCHANNEL_S = TestEvent.of("""
            Event: Newchannel\r
            Privilege: call,all\r
            Channel: Local/s@default-0000084a;1\r
            ChannelState: 0\r
            ChannelStateDesc: Down\r
            CallerIDNum: <unknown>\r
            CallerIDName: <unknown>\r
            ConnectedLineNum: <unknown>\r
            ConnectedLineName: <unknown>\r
            Language: en\r
            AccountCode: \r
            Context: default\r
            Exten: s\r
            Priority: 1\r
            Uniqueid: 1795347862.4911\r
            Linkedid: 1795347862.4911\r
            ChanVariable: foo=\r
            ChanVariable: does_not_exist=\r
            \r
            """);

    /** M02_channelvars.txt */
    static final TestEvent HANGUP_SETFOO = TestEvent.of("""
            Event: Hangup\r
            Privilege: call,all\r
            Channel: Local/setfoo@default-0000085b;2\r
            ChannelState: 6\r
            ChannelStateDesc: Up\r
            CallerIDNum: <unknown>\r
            CallerIDName: <unknown>\r
            ConnectedLineNum: <unknown>\r
            ConnectedLineName: <unknown>\r
            Language: en\r
            AccountCode: \r
            Context: default\r
            Exten: setfoo\r
            Priority: 4\r
            Uniqueid: 1795347889.4949\r
            Linkedid: 1795347889.4948\r
            ChanVariable: foo=bar\r
            ChanVariable: does_not_exist=\r
            Cause: 0\r
            Cause-txt: Unknown\r
            \r
            """);

    /** F01_eventlist_contract.txt */
    static final TestEvent HANGUP_S = TestEvent.of("""
            Event: Hangup\r
            Privilege: call,all\r
            Channel: Local/s@default-0000084a;1\r
            ChannelState: 6\r
            ChannelStateDesc: Up\r
            CallerIDNum: <unknown>\r
            CallerIDName: <unknown>\r
            ConnectedLineNum: <unknown>\r
            ConnectedLineName: <unknown>\r
            Language: en\r
            AccountCode: \r
            Context: default\r
            Exten: s\r
            Priority: 1\r
            Uniqueid: 1795347862.4911\r
            Linkedid: 1795347862.4911\r
            ChanVariable: foo=\r
            ChanVariable: does_not_exist=\r
            Cause: 0\r
            Cause-txt: Unknown\r
            \r
            """);

    /** M02_channelvars.txt */
    static final TestEvent VARSET_SETFOO = TestEvent.of("""
            Event: VarSet\r
            Privilege: dialplan,all\r
            Channel: Local/setfoo@default-0000085b;2\r
            ChannelState: 6\r
            ChannelStateDesc: Up\r
            CallerIDNum: <unknown>\r
            CallerIDName: <unknown>\r
            ConnectedLineNum: <unknown>\r
            ConnectedLineName: <unknown>\r
            Language: en\r
            AccountCode: \r
            Context: default\r
            Exten: setfoo\r
            Priority: 3\r
            Uniqueid: 1795347889.4949\r
            Linkedid: 1795347889.4948\r
            ChanVariable: foo=bar\r
            ChanVariable: does_not_exist=\r
            Variable: foo\r
            Value: bar\r
            \r
            """);

    /** B02_pipelining.txt: a global variable, so no channel. */
    static final TestEvent VARSET_GLOBAL = TestEvent.of("""
            Event: VarSet\r
            Privilege: dialplan,all\r
            Channel: none\r
            Uniqueid: none\r
            Variable: G1\r
            Value: \r
            \r
            """);

    /** B03_case_and_errors.txt */
    static final TestEvent USEREVENT = TestEvent.of("""
            Event: UserEvent\r
            Privilege: user,all\r
            UserEvent: MidAction\r
            Foo: bar\r
            ActionID: lc3\r
            Baz: qux\r
            \r
            """);
}
