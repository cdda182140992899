resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  snapshot_retention_limit   = 7
  snapshot_window            = "02:00-03:00"
}

# an extra reader that belongs to the replication group: the group keeps the backups
resource "aws_elasticache_cluster" "sessions_reader" {
  cluster_id           = "sessions-reader"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

# Memcached has no backups
resource "aws_elasticache_cluster" "page_fragments" {
  cluster_id           = "page-fragments"
  engine               = "memcached"
  node_type            = "cache.t4g.small"
  num_cache_nodes      = 2
  parameter_group_name = "default.memcached1.6"
}
