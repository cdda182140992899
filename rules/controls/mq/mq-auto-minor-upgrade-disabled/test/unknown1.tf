variable "broker_password" {
  type      = string
  sensitive = true
}

variable "auto_upgrade" {
  type = bool
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = var.auto_upgrade

  user {
    username = "orders-service"
    password = var.broker_password
  }
}
