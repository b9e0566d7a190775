package io.hirestage.plugin.ui;

import io.hirestage.plugin.api.Capability;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What a provider declared it does, and does not, in the admin's words. */
final class CapabilityWords {

    private CapabilityWords() {
    }

    static String of(Set<Capability> declared) {
        List<String> does = Arrays.stream(Capability.values()).filter(declared::contains).map(CapabilityWords::does).toList();
        List<String> doesNot = Arrays.stream(Capability.values()).filter(capability -> !declared.contains(capability))
                .map(CapabilityWords::doesNot).filter(words -> !words.isEmpty()).toList();
        return (does.isEmpty() ? "It invites candidates and reports their results, nothing more." : "It " + join(does) + ".")
                + (doesNot.isEmpty() ? "" : " " + String.join(" ", doesNot));
    }

    private static String does(Capability capability) {
        return switch (capability) {
            case CANCEL -> "withdraws invitations";
            case ERASE_AT_VENDOR -> "erases a candidate at the vendor when you erase them here";
            case CANDIDATE_LINK -> "gives the candidate's link";
            case EXPIRY -> "says when a link expires";
            case WEBHOOKS -> "takes the vendor's webhooks";
            case CALLBACKS -> "is called back by the vendor when an invitation changes";
        };
    }

    private static String doesNot(Capability capability) {
        return switch (capability) {
            case CANCEL -> "Invitations cannot be withdrawn through it.";
            case ERASE_AT_VENDOR -> "It cannot erase a candidate at the vendor: when you erase one here, erase them at the vendor by hand "
                    + "(the candidate's Privacy section lists it).";
            case CANDIDATE_LINK -> "The vendor emails candidates their link itself.";
            case EXPIRY -> "The vendor does not say when links expire.";
            case WEBHOOKS, CALLBACKS -> "";
        };
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
