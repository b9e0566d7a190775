package io.hirestage.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What a reader process does with an uploaded file (Tika's {@code ForkParser} sends this object there):
 * the type from the bytes alone, then the text of the accepted types only, within limits; or, when
 * the portal asks for {@link #PAGES_WANTED}, a PDF's first pages as images. Everything
 * that looks inside the file, the type detection too (it opens a zip's {@code [Content_Types].xml}),
 * runs there, never in the portal.
 */
final class ResumeParser implements Parser {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The type read from the bytes, sent back with the text. */
    static final String DETECTED_TYPE = "X-Hirestage-Detected-Type";

    /** Set by the portal to have a PDF's first pages painted ({@link PdfPagePainter}) instead of its text read. */
    static final String PAGES_WANTED = "X-Hirestage-Pages-Wanted";

    /** The painted pages, JPEG in base64, first page first. */
    static final String PAGE_IMAGES = "X-Hirestage-Page-Images";

    /** How many pages the PDF has, painted or not. */
    static final String PAGE_COUNT = "X-Hirestage-Page-Count";

    /**
     * POI's own zip-bomb guard, which Tika turns off (its {@code SecureContentHandler} counts text, not
     * markup, so XML that inflates to a gigabyte without text passes it): a part of a DOCX that inflates
     * more than 100 times is refused once 100 KB are read. This is POI's default ratio.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** No part of a resume's DOCX comes near this when inflated; a 10 MB file of text is about 40 MB of XML. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Set<String> acceptedTypes;
    private final int maxCharacters;

    ResumeParser(Set<String> acceptedTypes, int maxCharacters) {
        this.acceptedTypes = Set.copyOf(acceptedTypes);
        this.maxCharacters = maxCharacters;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return parser.getSupportedTypes(context);
    }

    /**
     * Sends the detected type as {@link #DETECTED_TYPE} in the document's head, then the text; stops with
     * Tika's {@code WriteLimitReachedException} after {@code maxCharacters}.
     */
    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext fromPortal)
            throws IOException, SAXException, TikaException {
        // Set on every call: Tika's OOXMLParser switches the ratio off when its class is first loaded.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (TemporaryResources temporary = new TemporaryResources()) {
            TikaInputStream file = TikaInputStream.get(stream, temporary, new Metadata());
            String type = parser.getDetector().detect(file, new Metadata()).toString();
            metadata.set(DETECTED_TYPE, type);
            String pagesWanted = metadata.get(PAGES_WANTED);
            if (!acceptedTypes.contains(type) || pagesWanted != null) {
                if (pagesWanted != null && type.equals("application/pdf")) {
                    PdfPagePainter.paint(file.getPath(), Integer.parseInt(pagesWanted), metadata);
                }
                XHTMLContentHandler noText = new XHTMLContentHandler(handler, metadata);
                noText.startDocument();
                noText.endDocument();
                return;
            }
            parser.parse(file, new WriteOutContentHandler(handler, maxCharacters), metadata, limits());
            // Tika's DOCX reader notes a part POI refused as a warning and goes on; a resume with a bomb inside is refused whole.
            for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
                if (warning.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                    throw new TikaException("Zip bomb detected in a part of the file: " + warning.lines().findFirst().orElse(""));
                }
            }
        }
    }

    private static ParseContext limits() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        // Streams word/document.xml instead of building it in memory (POI's XWPFDocument takes gigabytes for a bomb).
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // A resume's text is its own: files embedded in it (images, other documents) are not opened.
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata embedded) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream embedded, ContentHandler into, Metadata about, boolean outputHtml) {
            }
        });
        return context;
    }
}
