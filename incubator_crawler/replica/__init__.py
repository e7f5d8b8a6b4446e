"""Offline replica of 中国孵化器网 (www.cnfuhuaqi.com) served on 127.0.0.1 for tests."""

from incubator_crawler.replica.server import ReplicaServer

__all__ = ["ReplicaServer"]
