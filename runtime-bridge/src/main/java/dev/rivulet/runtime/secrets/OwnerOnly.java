package dev.rivulet.runtime.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Owner-only permissions for the secret store's folder and files: rwx------ / rw------- where the file system is
 * POSIX, an ACL granting only the owner elsewhere (Windows). Files are created with these permissions rather than
 * tightened afterwards, so they are never readable by others, not even briefly.
 */
final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    static boolean posix(Path anyPathOnTheFileSystem) {
        return anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (and parents) and makes it owner-only. */
    static void directory(Path dir) throws IOException {
        if (posix(dir)) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            Files.getFileAttributeView(dir, PosixFileAttributeView.class).setPermissions(DIRECTORY);
        } else {
            Files.createDirectories(dir);
            acl(dir);
        }
    }

    /** Creates a new, empty, owner-only file; fails if it exists. */
    static void createFile(Path file) throws IOException {
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, attr);
            // the umask may have taken bits away, never added: set exactly what we want
            Files.getFileAttributeView(file, PosixFileAttributeView.class).setPermissions(FILE);
        } else {
            Files.createFile(file);
            acl(file);
        }
    }

    /** Makes an existing file owner-only; true if it was readable by others before. */
    static boolean tighten(Path file) throws IOException {
        if (posix(file)) {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
            if (!now.equals(FILE)) {
                Files.setPosixFilePermissions(file, FILE);
                return now.stream().anyMatch(p -> !FILE.contains(p));
            }
            return false;
        }
        acl(file);
        return false;
    }

    private static void acl(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            // neither POSIX nor ACL (FAT, some network shares): nothing the JVM can restrict
            return;
        }
        UserPrincipal owner = Files.getOwner(path);
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
            .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
        view.setAcl(List.of(entry));
    }
}
