package io.hirestage.candidate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files made to hurt a reader, made in the test. Their compressed part is written deflated once per
 * megabyte and repeated (each megabyte starts from a reset deflater, so every one compresses to the same
 * bytes), which makes a gigabyte in about a second instead of deflating it all.
 */
final class HostileFiles {

    static final long GIGABYTE = 1L << 30;

    private static final int CHUNK = 1 << 20;

    private HostileFiles() {
    }

    /** A DOCX whose word/document.xml is the resume's paragraph plus {@code inflated} bytes of spaces between its elements. */
    static byte[] docxBomb(long inflated) throws IOException {
        byte[] normal = ResumesTests.docx("Kafka and PostgreSQL at scale");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(normal));
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    Deflated deflated = deflate(xml.substring(0, body), " ", inflated, xml.substring(body), true, new CRC32());
                    ZipArchiveEntry bomb = new ZipArchiveEntry(entry.getName());
                    bomb.setMethod(ZipEntry.DEFLATED);
                    bomb.setSize(deflated.inflatedSize());
                    bomb.setCompressedSize(deflated.bytes().length);
                    bomb.setCrc(deflated.checksum());
                    zip.addRawArchiveEntry(bomb, new ByteArrayInputStream(deflated.bytes()));
                } else {
                    zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    zip.write(content);
                    zip.closeArchiveEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * A one-page PDF saying "Kafka expert" whose content stream then saves and restores the graphics
     * state over and over ({@code q Q}) for {@code inflated} bytes: it costs PDFBox little memory but a
     * long time to read (about 75 s a gigabyte on the 2-core build machine, which compresses to 1 MB).
     */
    static byte[] pdfBomb(long inflated) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            Deflated deflated = deflate("BT /F1 11 Tf 50 700 Td (Kafka expert) Tj ET\n", "q Q ", inflated, "\n", false, new Adler32());
            COSStream content = document.getDocument().createCOSStream();
            try (var raw = content.createRawOutputStream()) {
                raw.write(deflated.bytes());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            document.save(out);
            return out.toByteArray();
        }
    }

    private record Deflated(byte[] bytes, long inflatedSize, long checksum) {
    }

    /**
     * {@code head}, {@code filler} repeated for {@code length} bytes, {@code tail}: raw deflate for a zip entry,
     * or with zlib's header and Adler-32 trailer for a PDF's FlateDecode.
     */
    private static Deflated deflate(String head, String filler, long length, String tail, boolean raw, Checksum checksum) {
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = filler.repeat(CHUNK / filler.length()).getBytes(StandardCharsets.US_ASCII);
        long chunks = length / CHUNK;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!raw) {
            out.write(0x78);
            out.write(0xDA);
        }
        out.writeBytes(flush(deflater, headBytes));
        byte[] deflatedChunk = flush(deflater, chunk);
        checksum.update(headBytes);
        for (long i = 0; i < chunks; i++) {
            out.writeBytes(deflatedChunk);
            checksum.update(chunk);
        }
        checksum.update(tailBytes);
        deflater.setInput(tailBytes);
        deflater.finish();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        if (!raw) {
            long adler = checksum.getValue();
            out.write((int) (adler >>> 24));
            out.write((int) (adler >>> 16) & 0xFF);
            out.write((int) (adler >>> 8) & 0xFF);
            out.write((int) adler & 0xFF);
        }
        return new Deflated(out.toByteArray(), headBytes.length + chunks * CHUNK + tailBytes.length, checksum.getValue());
    }

    /** Deflates {@code input} and ends with a full flush, which resets the deflater: the next input compresses on its own. */
    private static byte[] flush(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }
}
