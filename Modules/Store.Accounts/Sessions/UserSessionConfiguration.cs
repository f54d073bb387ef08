using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Accounts.Users;

namespace Store.Accounts.Sessions;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        builder.Property(s => s.Stamp).HasMaxLength(256);
        builder.Property(s => s.Device).HasMaxLength(DeviceNames.Max);
        builder.Property(s => s.Address).HasMaxLength(64);
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
