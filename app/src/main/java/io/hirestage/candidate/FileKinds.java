package io.hirestage.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a file is, in the words of the person who uploaded it: "a program", "an image", not
 * "application/x-msdownload". Said when a resume is refused for what its content turned out to be, so
 * it names only what is refused (the accepted kinds are named by {@link ResumeReader}).
 */
final class FileKinds {

    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("application/msword", "an old Word document (.doc); save it as DOCX or PDF"),
            Map.entry("application/rtf", "a rich-text (RTF) document; save it as DOCX or PDF"),
            Map.entry("application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT); save it as DOCX or PDF"),
            Map.entry("application/vnd.ms-excel", "a spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "a spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "a presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a presentation"),
            Map.entry("text/html", "a web page"),
            Map.entry("application/xhtml+xml", "a web page"),
            Map.entry("application/zip", "a compressed archive"),
            Map.entry("application/gzip", "a compressed archive"),
            Map.entry("application/x-7z-compressed", "a compressed archive"),
            Map.entry("application/x-rar-compressed", "a compressed archive"),
            Map.entry("application/x-tar", "a compressed archive"));

    /** Media types of programs, by their start: Windows, Linux and macOS executables, Java archives, scripts. */
    private static final List<String> PROGRAMS = List.of("application/x-msdownload", "application/x-dosexec", "application/x-executable",
            "application/x-elf", "application/x-mach", "application/x-sharedlib", "application/java-archive", "application/java-vm",
            "application/x-sh", "text/x-sh", "application/x-msi", "application/vnd.microsoft.portable-executable", "application/x-bat",
            "text/x-python", "application/javascript", "text/javascript");

    private FileKinds() {
    }

    static String describe(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
        if (EXACT.containsKey(type)) {
            return EXACT.get(type);
        }
        if (PROGRAMS.stream().anyMatch(type::startsWith)) {
            return "a program";
        }
        if (type.startsWith("image/")) {
            return "an image";
        }
        if (type.startsWith("audio/")) {
            return "a sound recording";
        }
        if (type.startsWith("video/")) {
            return "a video";
        }
        return "a file of another kind";
    }
}
