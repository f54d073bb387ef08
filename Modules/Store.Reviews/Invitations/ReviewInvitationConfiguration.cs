using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Reviews.Invitations;

internal sealed class ReviewInvitationConfiguration : IEntityTypeConfiguration<ReviewInvitation>
{
    public void Configure(EntityTypeBuilder<ReviewInvitation> builder)
    {
        builder.ToTable("ReviewInvitations");
        builder.HasIndex(i => i.OrderId).IsUnique();
    }
}
