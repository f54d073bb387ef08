using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrdersEmailLowerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // GuestReturns made Orders.UserId nullable, which rebuilds the table on SQLite, and EF runs that rebuild after
            // the migration's own SQL: the lower("Email") index it re-created was dropped again by the rebuild. A
            // migration of its own runs after the rebuild. (PostgreSQL alters the column in place and keeps the index.)
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Orders_EmailLower" ON "Orders" (lower("Email"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing: the index is OrderAdminSpeed's, whose Down drops it if it is there.
        }
    }
}
