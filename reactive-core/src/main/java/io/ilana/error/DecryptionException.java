package io.ilana.error;

/**
 * An encrypted attribute could not be decrypted. Every cause (a malformed envelope, an unknown key,
 * a failed authentication, a value moved from another table, column or row) raises this one
 * exception with one fixed message and no cause, so the failure tells an attacker nothing about
 * which check failed, and neither plaintext nor ciphertext reaches a log.
 */
public class DecryptionException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** The one message every decryption failure carries. */
  public static final String MESSAGE = "The encrypted value could not be decrypted.";

  /** Creates the exception with its fixed message. */
  public DecryptionException() {
    super(MESSAGE);
  }
}
