package io.hirestage.base;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's address as people and vendors reach it ({@code hirestage.public-url}), and the links
 * under it that go out of the portal: invitation and callback links, webhook URLs, links in emails.
 */
@Component
public class PortalAddress {

    private final String base;

    PortalAddress(@Value("${hirestage.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.replaceFirst("/+$", "");
    }

    /** The link to a path inside the portal: "inbox" or "/inbox" both give "https://hire.example.org/inbox". */
    public URI link(String path) {
        return URI.create(base + "/" + path.replaceFirst("^/+", ""));
    }
}
