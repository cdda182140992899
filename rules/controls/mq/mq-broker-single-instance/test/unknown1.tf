variable "broker_password" {
  type      = string
  sensitive = true
}

variable "deployment_mode" {
  type = string
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = var.deployment_mode
  auto_minor_version_upgrade = true

  user {
    username = "orders-service"
    password = var.broker_password
  }
}
