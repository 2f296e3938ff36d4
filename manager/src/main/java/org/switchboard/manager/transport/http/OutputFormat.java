package org.switchboard.manager.transport.http;

/** How an AMI-over-HTTP reply is written (manager.c enum output_format, contenttype[]). */
enum OutputFormat {
    /** rawman, arawman: the AMI text as a socket would get it. */
    RAW("plain"),
    /** manager, amanager: an HTML table. */
    HTML("html"),
    /** mxml, amxml: {@code <ajax-response>} elements. */
    XML("xml");

    private final String subtype;

    OutputFormat(String subtype) {
        this.subtype = subtype;
    }

    /** The {@code Content-type} header line. */
    String contentTypeLine() {
        return "Content-type: text/" + subtype + "\r\n";
    }
}
