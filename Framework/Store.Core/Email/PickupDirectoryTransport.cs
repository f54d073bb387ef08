using MimeKit;

namespace Store.Core.Email;

/// <summary>The out-of-the-box transport: each message becomes an <c>.eml</c> file any mail client opens.</summary>
internal sealed class PickupDirectoryTransport(string folder) : IEmailTransport
{
    public string Folder => folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid():n}.eml";
        // Written under a temporary name and moved, so a reader never sees half a message.
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name));
    }
}
