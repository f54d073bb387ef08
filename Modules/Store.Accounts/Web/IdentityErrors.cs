using Microsoft.AspNetCore.Identity;

namespace Store.Accounts.Web;

/// <summary>Puts Identity's errors beside the field they are about.</summary>
public static class IdentityErrors
{
    public const string DuplicateEmail = "An account with this email address already exists. Sign in, or reset your password if you have forgotten it.";

    public static Dictionary<string, string> ToFields(IdentityResult result, string passwordField = "Password", string emailField = "Email")
    {
        var errors = new Dictionary<string, string>();
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) && c != nameof(IdentityErrorDescriber.PasswordMismatch) => (passwordField, error.Description),
                nameof(IdentityErrorDescriber.PasswordMismatch) => ("CurrentPassword", "The current password is not correct."),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => (emailField, DuplicateEmail),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => (emailField, "Enter an email address like name@example.com."),
                _ => ("", error.Description),
            };
            // Several password rules can fail at once: say all of them; other fields keep their first message.
            if (!errors.TryAdd(field, message) && field == passwordField)
            {
                errors[field] += " " + message;
            }
        }

        return errors;
    }
}
