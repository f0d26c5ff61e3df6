using Microsoft.Data.Sqlite;
using ShotTracker.LiveData.Models;

namespace ShotTracker.LiveData.Samples.ShotArchive;

/// <summary>
/// The shots of each game in SQLite, and the game's checkpoint beside them: written in the same transaction as a shot,
/// the checkpoint can never disagree with the shots, whatever moment the process dies at.
/// </summary>
internal sealed class SqliteShotArchive : ILiveDataCheckpointStore
{
    private readonly string _connectionString;

    public SqliteShotArchive(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false }.ToString();
        using var connection = Open();
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS shots (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                game_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                player_id TEXT,
                result TEXT);
            CREATE TABLE IF NOT EXISTS checkpoints (game_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
            """);
    }

    /// <inheritdoc />
    public async ValueTask<long?> LoadAsync(string gameId, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = Command(connection, null, "SELECT seq FROM checkpoints WHERE game_id = $game", P("$game", gameId));
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : null;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string gameId, long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await SaveCheckpointAsync(connection, null, gameId, sequence, cancellationToken);
    }

    /// <summary>Archives a shot; with <paramref name="commitCheckpoint"/>, the game's checkpoint moves to its sequence in the same transaction.</summary>
    public async Task AddShotAsync(string gameId, long sequence, ChartData shot, bool commitCheckpoint, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction();
        await using (var insert = Command(
            connection,
            transaction,
            "INSERT INTO shots (game_id, seq, player_id, result) VALUES ($game, $seq, $player, $result)",
            P("$game", gameId),
            P("$seq", sequence),
            P("$player", shot.PlayerId),
            P("$result", shot.Result.ToString())))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (commitCheckpoint)
        {
            await SaveCheckpointAsync(connection, transaction, gameId, sequence, cancellationToken);
        }

        // Not the stopping token: once the shot is written, the commit must not be abandoned half-way by a stop.
        await transaction.CommitAsync(CancellationToken.None);
    }

    private static async Task SaveCheckpointAsync(SqliteConnection connection, SqliteTransaction? transaction, string gameId, long sequence, CancellationToken cancellationToken)
    {
        await using var upsert = Command(
            connection,
            transaction,
            "INSERT INTO checkpoints (game_id, seq) VALUES ($game, $seq) ON CONFLICT (game_id) DO UPDATE SET seq = max(seq, excluded.seq)",
            P("$game", gameId),
            P("$seq", sequence));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params SqliteParameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);

        return command;
    }

    private static SqliteParameter P(string name, object? value) => new(name, value ?? DBNull.Value);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
