package io.hirestage.candidate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Paints a PDF's first pages as JPEG images, in a reader process (see {@link ResumeParser}): the
 * browser is then shown pictures the portal made, never the vendor's or candidate's PDF itself, so
 * no script, form or link in the file reaches anyone. The reader process's memory limit and
 * timeout hold for painting as for reading.
 */
final class PdfPagePainter {

    /** A page is painted this wide at most (a little wider than the profile shows it), and never taller than {@link #MAX_HEIGHT}. */
    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 1400;
    private static final float JPEG_QUALITY = 0.8f;

    private PdfPagePainter() {
    }

    /** Adds the first {@code pages} pages to {@link ResumeParser#PAGE_IMAGES} (base64) and their number to {@link ResumeParser#PAGE_COUNT}. */
    static void paint(Path pdf, int pages, Metadata into) throws IOException, TikaException {
        // Big streams go to a temporary file rather than the heap; the process's heap stays for painting.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDFRenderer renderer = new PDFRenderer(document);
            // Large pictures in the file are painted from a sample of their pixels: enough at this size, and far less memory.
            renderer.setSubsamplingAllowed(true);
            into.set(ResumeParser.PAGE_COUNT, String.valueOf(document.getNumberOfPages()));
            for (int page = 0; page < Math.min(pages, document.getNumberOfPages()); page++) {
                PDRectangle box = document.getPage(page).getCropBox();
                if (box.getWidth() < 1 || box.getHeight() < 1) {
                    throw new TikaException("page " + (page + 1) + " has no size");
                }
                float scale = Math.min(MAX_WIDTH / box.getWidth(), MAX_HEIGHT / box.getHeight());
                into.add(ResumeParser.PAGE_IMAGES, Base64.getEncoder().encodeToString(jpeg(renderer.renderImage(page, scale, ImageType.RGB))));
            }
        } catch (InvalidPasswordException e) {
            throw new TikaException("it is protected by a password");
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
